/**
 * install (GNU coreutils 9.1): copy files and set their mode (-m, 0755 by
 * default, read as chmod reads it but from 0 and without the umask), owner
 * (-o) and group (-g); -d makes directories (and their parents), -D the
 * leading directories of the destination, -t names the target directory,
 * -T refuses one, -b keeps a backup (dst~ or -S SUFFIX), -C leaves an
 * identical destination alone, -p keeps the source's time, -v tells each.
 *
 * -s runs strip on the copy: the simulation's programs are placeholders,
 * so only a file that is not an ELF image gets strip's real complaint.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { Accounts, numericId } from "./accounts.js";
import { parseMode } from "./chmod-mode.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, resolveOperand, strerror, usageError } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "b", short: "b" },
  { key: "backup", long: "backup", arg: "optional" },
  { key: "c", short: "c" },
  { key: "C", short: "C", long: "compare" },
  { key: "d", short: "d", long: "directory" },
  { key: "D", short: "D" },
  { key: "g", short: "g", long: "group", arg: "required" },
  { key: "m", short: "m", long: "mode", arg: "required" },
  { key: "o", short: "o", long: "owner", arg: "required" },
  { key: "p", short: "p", long: "preserve-timestamps" },
  { key: "s", short: "s", long: "strip" },
  { key: "strip-program", long: "strip-program", arg: "required" },
  { key: "S", short: "S", long: "suffix", arg: "required" },
  { key: "t", short: "t", long: "target-directory", arg: "required" },
  { key: "T", short: "T", long: "no-target-directory" },
  { key: "v", short: "v", long: "verbose" },
  { key: "Z", short: "Z" },
  { key: "context", long: "context", arg: "optional" },
  { key: "preserve-context", long: "preserve-context" },
];

const DEFAULT_MODE = 0o755;

function dirname(p: string): string {
  const s = p.replace(/\/+$/, "");
  const i = s.lastIndexOf("/");
  return i < 0 ? "." : i === 0 ? "/" : s.slice(0, i);
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "install", SPECS, {
    help:
      "Usage: install [OPTION]... [-T] SOURCE DEST\n  or:  install [OPTION]... SOURCE... DIRECTORY\n" +
      "  or:  install [OPTION]... -t DIRECTORY SOURCE...\n  or:  install [OPTION]... -d DIRECTORY...\n" +
      "See 'man install' for the options this system supports.\n",
  });
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const fs = proc.host.fs;
  const fail = (msg: string) => {
    proc.stderr.write(`install: ${msg}\n`);
    return 1;
  };
  const verbose = o.has("v");
  const modeSpec = o.value("m");
  let fileMode = DEFAULT_MODE;
  let dirMode = DEFAULT_MODE;
  if (modeSpec !== undefined) {
    const f = parseMode(modeSpec, 0, false, 0);
    const d = parseMode(modeSpec, 0, true, 0);
    if (f === undefined || d === undefined) return fail(`invalid mode ${quoteLocale(modeSpec)}`);
    fileMode = f;
    dirMode = d;
  }
  const db = new Accounts(fs);
  let uid = -1;
  let gid = -1;
  const owner = o.value("o");
  if (owner !== undefined) {
    const id = db.userByName(owner)?.uid ?? numericId(owner);
    if (id === undefined) return fail(`invalid user ${quoteLocale(owner)}`);
    uid = id;
  }
  const group = o.value("g");
  if (group !== undefined) {
    const id = db.groupByName(group)?.gid ?? numericId(group);
    if (id === undefined) return fail(`invalid group ${quoteLocale(group)}`);
    gid = id;
  }
  const backup = o.has("b") || (o.has("backup") && o.value("backup") !== "none" && o.value("backup") !== "off");
  const suffix = o.value("S") ?? proc.env.SIMPLE_BACKUP_SUFFIX ?? "~";
  const ops = parsed.operands;
  const target = o.value("t");
  if (o.has("d") ? ops.length === 0 : ops.length === 0 && target === undefined) return usageError(proc, "install", "missing file operand");
  if (target !== undefined && o.has("T")) return usageError(proc, "install", "cannot combine --target-directory (-t) and --no-target-directory (-T)");

  const setAttrs = (path: string, mode: number): void => {
    if (uid !== -1 || gid !== -1) fs.chown(path, uid, gid);
    fs.chmod(path, mode);
  };

  /**
   * mkdir -p of `name`. -d (`leafMode` given: the last one gets -m's mode)
   * says EEXIST for a file in the last place and quotes ‘so’; -D, making the
   * destination's parents, says ENOTDIR and quotes 'so'.
   */
  const makeDirs = (name: string, leafMode: number | undefined, quote: (s: string) => string): boolean => {
    const parts = name.split("/").filter((p, i) => p !== "" || i === 0);
    let prefix = "";
    for (let i = 0; i < parts.length; i++) {
      proc.budget.charge(1);
      const part = parts[i];
      prefix = i === 0 ? part : `${prefix}/${part}`;
      if (prefix === "" || part === "." || part === "..") continue;
      const path = proc.resolve(prefix);
      const last = i === parts.length - 1;
      const st = fs.stat(path);
      if (st.ok) {
        if (st.value.type !== "dir") {
          proc.stderr.write(`install: cannot create directory ${quote(prefix)}: ${strerror(last && leafMode !== undefined ? "EEXIST" : "ENOTDIR")}\n`);
          return false;
        }
        if (last && leafMode !== undefined) setAttrs(path, leafMode);
        continue;
      }
      const r = fs.mkdir(path, { mode: DEFAULT_MODE });
      if (!r.ok) {
        proc.stderr.write(`install: cannot create directory ${quote(prefix)}: ${strerror(r.errno)}\n`);
        return false;
      }
      if (verbose) proc.stdout.write(`install: creating directory ${quoteAlways(prefix)}\n`);
      if (last && leafMode !== undefined) setAttrs(path, leafMode);
    }
    return true;
  };

  if (o.has("d")) {
    let status = 0;
    for (const name of ops) if (!makeDirs(name, dirMode, quoteLocale)) status = 1;
    return status;
  }

  /** copy one file to `dest`; false on error (message written) */
  const installFile = (source: string, dest: string): boolean => {
    proc.budget.charge(1);
    const srcPath = resolveOperand(proc, source);
    const sst = fs.stat(srcPath);
    if (!sst.ok) {
      fail(`cannot stat ${quoteAlways(source)}: ${strerror(sst.errno)}`);
      return false;
    }
    if (sst.value.type === "dir") {
      fail(`omitting directory ${quoteAlways(source)}`);
      return false;
    }
    const destPath = resolveOperand(proc, dest);
    const dst = fs.stat(destPath);
    if (dst.ok && dst.value.ino === sst.value.ino) {
      fail(`${quoteAlways(source)} and ${quoteAlways(dest)} are the same file`);
      return false;
    }
    if (dst.ok && dst.value.type === "dir") {
      fail(`cannot overwrite directory ${quoteAlways(dest)} with non-directory`);
      return false;
    }
    const data = fs.readFile(srcPath);
    if (!data.ok) {
      fail(`cannot open ${quoteAlways(source)} for reading: ${strerror(data.errno)}`);
      return false;
    }
    if (o.has("C") && dst.ok) {
      const cur = fs.readFile(destPath);
      const wantUid = uid === -1 ? dst.value.uid : uid;
      const wantGid = gid === -1 ? dst.value.gid : gid;
      if (cur.ok && cur.value === data.value && dst.value.mode === fileMode && dst.value.uid === wantUid && dst.value.gid === wantGid) return true;
    }
    let backupName: string | undefined;
    if (dst.ok && backup) {
      backupName = dest + suffix;
      const b = resolveOperand(proc, backupName);
      if (fs.lstat(b).ok) fs.unlink(b);
      fs.rename(destPath, b);
    } else if (dst.ok) fs.unlink(destPath);
    proc.budget.chargeData(data.value.length);
    const w = fs.writeFile(destPath, data.value, { mode: 0o600 });
    if (!w.ok) {
      fail(`cannot create regular file ${quoteAlways(dest)}: ${strerror(w.errno)}`);
      return false;
    }
    if (o.has("s") && !data.value.startsWith("\x7fELF")) {
      proc.stderr.write(`strip: ${dest}: file format not recognized\n`);
      fs.unlink(destPath);
      fail("strip process terminated abnormally");
      return false;
    }
    setAttrs(destPath, fileMode);
    if (o.has("p")) fs.utimes(destPath, sst.value.mtime);
    if (verbose) {
      proc.stdout.write(`${quoteAlways(source)} -> ${quoteAlways(dest)}${backupName ? ` (backup: ${quoteAlways(backupName)})` : ""}\n`);
    }
    return true;
  };

  let dir = target;
  let sources = ops;
  if (dir === undefined && !o.has("T")) {
    if (ops.length === 1) return usageError(proc, "install", `missing destination file operand after ${quoteAlways(ops[0])}`);
    const last = ops[ops.length - 1];
    const st = fs.stat(resolveOperand(proc, last));
    if (ops.length > 2 || (st.ok && st.value.type === "dir")) {
      dir = last;
      sources = ops.slice(0, -1);
      if (ops.length > 2 && !o.has("D") && !(st.ok && st.value.type === "dir")) {
        return fail(`target ${quoteAlways(last)}: ${strerror(st.ok ? "ENOTDIR" : st.errno)}`);
      }
    }
  }
  if (dir === undefined) {
    // install SOURCE DEST (-T, or DEST not a directory)
    if (ops.length < 2) return usageError(proc, "install", `missing destination file operand after ${quoteAlways(ops[0])}`);
    if (ops.length > 2) return usageError(proc, "install", `extra operand ${quoteAlways(ops[2])}`);
    const dest = ops[1];
    if (o.has("D") && dirname(dest) !== "." && !makeDirs(dirname(dest), undefined, quoteAlways)) return 1;
    return installFile(ops[0], dest) ? 0 : 1;
  }
  if (o.has("D") && target !== undefined && !makeDirs(dir, undefined, quoteAlways)) return 1;
  const dst = fs.stat(resolveOperand(proc, dir));
  if (!dst.ok || dst.value.type !== "dir") {
    if (target !== undefined) return fail(`failed to access ${quoteAlways(dir)}: ${strerror(dst.ok ? "ENOTDIR" : dst.errno)}`);
    return fail(`target ${quoteAlways(dir)}: ${strerror(dst.ok ? "ENOTDIR" : dst.errno)}`);
  }
  let status = 0;
  for (const source of sources) {
    const base = source.replace(/\/+$/, "").split("/").pop()!;
    const dest = `${dir.replace(/\/+$/, "")}/${base}`;
    if (!installFile(source, dest)) status = 1;
  }
  return status;
}

export const install: Command = {
  name: "install",
  summary: "install - copy files and set attributes",
  man: `NAME
install - copy files and set attributes

SYNOPSIS
install [OPTION]... [-T] SOURCE DEST
install [OPTION]... SOURCE... DIRECTORY
install [OPTION]... -t DIRECTORY SOURCE...
install [OPTION]... -d DIRECTORY...

DESCRIPTION
This install program copies files (often just compiled) into destination
locations you choose.  If you want to download and install a ready-to-use
package on a GNU/Linux system, you should instead be using a package manager
like yum(1) or apt-get(1).

In the first three forms, copy SOURCE to DEST or multiple SOURCE(s) to the
existing DIRECTORY, while setting permission modes and owner/group.  In the
4th form, create all components of the given DIRECTORY(ies).

--backup[=CONTROL]
       make a backup of each existing destination file

-b     like --backup but does not accept an argument

-c     (ignored)

-C, --compare
       compare content of source and destination files, and if no change
       to content, ownership, and permissions, do not modify the
       destination at all

-d, --directory
       treat all arguments as directory names; create all components of
       the specified directories

-D     create all leading components of DEST except the last, or all
       components of --target-directory, then copy SOURCE to DEST

-g, --group=GROUP
       set group ownership, instead of process' current group

-m, --mode=MODE
       set permission mode (as in chmod), instead of rwxr-xr-x

-o, --owner=OWNER
       set ownership (super-user only)

-p, --preserve-timestamps
       apply access/modification times of SOURCE files to corresponding
       destination files

-s, --strip
       strip symbol tables

-S, --suffix=SUFFIX
       override the usual backup suffix

-t, --target-directory=DIRECTORY
       copy all SOURCE arguments into DIRECTORY

-T, --no-target-directory
       treat DEST as a normal file

-v, --verbose
       print the name of each directory as it is created

EXAMPLES
install -m 755 backup.sh /usr/local/bin/backup
       put a script in place, executable, in one step

install -d -m 700 -o mysql -g mysql /var/backups/mysql
       make a private directory owned by mysql
`,
  run,
};
