/** stat (GNU coreutils 9.1): display file status, in the default layout or with -c FORMAT. */
import type { Stat } from "../../fs/types.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type LocalZone, processZone, statDate } from "./file-time.js";
import { modeString, typeName } from "./file-mode.js";
import type { OptionSpec } from "./options.js";
import { Owners } from "./owners.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways } from "./quote.js";
import { EPOCH_MS } from "../../world/clock.js";

const SPECS: OptionSpec[] = [
  { key: "L", short: "L", long: "dereference" },
  { key: "c", short: "c", long: "format", arg: "required" },
  { key: "printf", long: "printf", arg: "required" },
  { key: "t", short: "t", long: "terse" },
];

/** st_dev of the root filesystem (/dev/sda1: 8,1) and of proc/sys */
function device(path: string): string {
  return path.startsWith("/proc") ? "0,22" : path.startsWith("/sys") ? "0,21" : path.startsWith("/dev") ? "0,5" : "8,1";
}

function format(fmt: string, name: string, st: Stat, target: string | undefined, owners: Owners, zone: LocalZone): string {
  const blocks = st.blocks ?? 0;
  return fmt.replace(/%([%nNsaAuUgGFyYihbBoxXzZtTd])/g, (_, c: string) => {
    switch (c) {
      case "%": return "%";
      case "n": return name;
      case "N": return target === undefined ? `'${name}'` : `'${name}' -> '${target}'`;
      case "s": return String(st.size);
      case "a": return (st.mode & 0o7777).toString(8);
      case "A": return modeString(st.type, st.mode);
      case "u": return String(st.uid);
      case "U": return owners.user(st.uid, "UNKNOWN");
      case "g": return String(st.gid);
      case "G": return owners.group(st.gid, "UNKNOWN");
      case "F": return typeName(st);
      case "y": case "x": case "z": return statDate(st.mtime, zone);
      case "Y": case "X": case "Z": return String(Math.floor((EPOCH_MS + st.mtime) / 1000));
      case "i": return String(st.ino);
      case "h": return String(st.nlink);
      case "b": return String(blocks);
      case "B": return "512";
      case "o": return "4096";
      case "t": return st.rdev ? st.rdev.major.toString(16) : "0";
      case "T": return st.rdev ? st.rdev.minor.toString(16) : "0";
      case "d": return "2049";
      default: return "?";
    }
  });
}

function defaultLayout(path: string, name: string, st: Stat, target: string | undefined, owners: Owners, zone: LocalZone): string {
  const file = target === undefined ? name : `${name} -> ${target}`;
  const size = `  Size: ${String(st.size).padEnd(10, " ")}\tBlocks: ${String(st.blocks ?? 0).padEnd(10, " ")} IO Block: 4096   ${typeName(st)}`;
  const inode = `Inode: ${String(st.ino).padEnd(11, " ")} Links: ${st.rdev ? String(st.nlink).padEnd(5, " ") : st.nlink}`;
  const dev = st.rdev ? `     Device type: ${st.rdev.major},${st.rdev.minor}` : "";
  const oct = (st.mode & 0o7777).toString(8).padStart(4, "0");
  const when = statDate(st.mtime, zone);
  return (
    `  File: ${file}\n${size}\nDevice: ${device(path)}\t${inode}${dev}\n` +
    `Access: (${oct}/${modeString(st.type, st.mode)})  Uid: (${String(st.uid).padStart(5, " ")}/${owners.user(st.uid, "UNKNOWN").padStart(8, " ")})   Gid: (${String(st.gid).padStart(5, " ")}/${owners.group(st.gid, "UNKNOWN").padStart(8, " ")})\n` +
    `Access: ${when}\nModify: ${when}\nChange: ${when}\n Birth: ${when}\n`
  );
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "stat", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  if (parsed.operands.length === 0) return usageError(proc, "stat", "missing operand");
  const owners = new Owners(proc.host.fs);
  const zone = processZone(proc);
  const fmt = o.value("c");
  const printf = o.value("printf");
  let status = 0;
  for (const op of parsed.operands) {
    const path = proc.resolve(op);
    const r = o.has("L") ? proc.host.fs.stat(path) : proc.host.fs.lstat(path);
    if (!r.ok) {
      proc.stderr.write(`stat: cannot statx ${quoteAlways(op)}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    const link = r.value.type === "symlink" ? proc.host.fs.readlink(path) : undefined;
    const target = link?.ok ? link.value : undefined;
    if (printf !== undefined) proc.stdout.write(format(printf.replace(/\\n/g, "\n").replace(/\\t/g, "\t"), op, r.value, target, owners, zone));
    else if (fmt !== undefined) proc.stdout.write(`${format(fmt, op, r.value, target, owners, zone)}\n`);
    else proc.stdout.write(defaultLayout(path, op, r.value, target, owners, zone));
  }
  return status;
}

export const stat: Command = {
  name: "stat",
  summary: "stat - display file or file system status",
  man: `NAME
stat - display file or file system status

SYNOPSIS
stat [OPTION]... FILE...

DESCRIPTION
Display file or file system status.

-L, --dereference
       follow links

-c --format=FORMAT
       use the specified FORMAT instead of the default; output a newline
       after each use of FORMAT

The valid format sequences for files include:
       %a     permission bits in octal
       %A     permission bits and file type in human readable form
       %F     file type
       %g     group ID of owner
       %G     group name of owner
       %h     number of hard links
       %i     inode number
       %n     file name
       %s     total size, in bytes
       %u     user ID of owner
       %U     user name of owner
       %y     time of last data modification, human-readable
       %Y     time of last data modification, seconds since Epoch
`,
  run,
};
