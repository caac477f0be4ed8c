/**
 * `tar c`: walk the operands as GNU tar does (a directory's entry, then its
 * contents depth first, in the order readdir gives them: the simulated
 * filesystem gives C-locale order, which is also `--sort=name`), build the
 * archive in memory and return it. Symlinks are stored, not followed.
 */
import { type ByteString, utf8Encode } from "../../bytes.js";
import { resolvePath } from "../../fs/path.js";
import type { Stat } from "../../fs/types.js";
import type { Process } from "../../process/process.js";
import { EPOCH_MS } from "../../world/clock.js";
import { Owners } from "../files/owners.js";
import { strerror } from "../files/program.js";
import { encodeData, encodeEnd, encodeHeader, type TarEntry, type TarType } from "./tar-header.js";
import type { TarReporter } from "./tar-report.js";

const TYPE: Partial<Record<Stat["type"], TarType>> = {
  file: "file",
  dir: "dir",
  symlink: "symlink",
  chardev: "chardev",
  blockdev: "blockdev",
};

export interface CreateOptions {
  operands: { name: string; dir?: string }[];
  /** absolute path of the archive being written, skipped if met on the walk */
  archivePath?: string;
  /** say "file is the archive; not dumped" when meeting it (GNU tar does when it writes the file itself) */
  reportArchive: boolean;
  verbose: boolean;
  /** where -v names go: stdout, or stderr when the archive itself goes to stdout */
  verboseTo: "stdout" | "stderr";
}

/** The archive's bytes (padded to whole records), or undefined after a fatal error. */
export function createArchive(proc: Process, rep: TarReporter, opts: CreateOptions): ByteString | undefined {
  const fs = proc.host.fs;
  const owners = new Owners(fs);
  const parts: string[] = [];
  let length = 0;
  const push = (b: ByteString) => {
    parts.push(b);
    length += b.length;
  };

  const add = (path: string, member: string, budget: { n: number }): void => {
    // bounded: each call adds one member; the budget caps a runaway walk
    if (--budget.n < 0) return;
    if (opts.archivePath && path === opts.archivePath) {
      if (opts.reportArchive) rep.message(`${member}: file is the archive; not dumped`);
      return;
    }
    const st = fs.lstat(path);
    if (!st.ok) {
      rep.error(`${member}: Cannot stat: ${strerror(st.errno)}`);
      return;
    }
    const type = TYPE[st.value.type];
    if (!type) return;
    const isDir = type === "dir";
    let linkname = "" as ByteString;
    if (type === "symlink") {
      const l = fs.readlink(path);
      if (l.ok) linkname = utf8Encode(l.value);
    }
    let data = "" as ByteString;
    if (type === "file") {
      const r = fs.readFile(path);
      if (!r.ok) {
        rep.error(`${member}: Cannot open: ${strerror(r.errno)}`);
        return;
      }
      data = r.value;
    }
    const name = isDir && !member.endsWith("/") ? `${member}/` : member;
    const entry: TarEntry = {
      name: utf8Encode(name),
      type,
      mode: type === "symlink" ? 0o777 : st.value.mode,
      uid: st.value.uid,
      gid: st.value.gid,
      uname: nameOrEmpty(owners.user(st.value.uid), st.value.uid),
      gname: nameOrEmpty(owners.group(st.value.gid), st.value.gid),
      size: type === "file" ? data.length : 0,
      mtimeSec: Math.floor((EPOCH_MS + st.value.mtime) / 1000),
      linkname,
      devmajor: st.value.rdev?.major ?? 0,
      devminor: st.value.rdev?.minor ?? 0,
    };
    push(encodeHeader(entry));
    if (type === "file") push(encodeData(data));
    if (opts.verbose) rep.verbose(name, opts.verboseTo);
    if (!isDir) return;
    const names = fs.readdir(path);
    if (!names.ok) {
      rep.error(`${member}: Cannot open: ${strerror(names.errno)}`);
      return;
    }
    const base = member.replace(/\/+$/, "");
    for (const n of names.value) add(`${path === "/" ? "" : path}/${n}`, `${base}/${n}`, budget);
  };

  let warnedSlash = false;
  const budget = { n: 100_000 };
  for (const op of opts.operands) {
    const base = op.dir === undefined ? proc.cwd : proc.resolve(op.dir);
    const path = resolvePath(base, op.name);
    let member = op.name.replace(/(.)\/+$/, "$1");
    if (member.startsWith("/")) {
      if (!warnedSlash) rep.message("Removing leading `/' from member names");
      warnedSlash = true;
      member = member.replace(/^\/+/, "");
      if (member === "") member = ".";
    }
    add(path, member, budget);
  }
  push(encodeEnd(length));
  return parts.join("") as ByteString;
}

function nameOrEmpty(name: string, id: number): string {
  return name === String(id) ? "" : name;
}
