/**
 * `tar t` and `tar x` over the members of a read archive: member selection by
 * name (a name selects itself and everything under it), the `tv` long listing
 * in GNU tar 1.34's layout, and extraction that restores modes and mtimes
 * (directories' mtimes last, after their contents are written).
 *
 * Not modelled: ownership on extraction (the simulated filesystem has no
 * chown; lab files are root's anyway) and hard links, which are extracted as
 * copies of their target (the filesystem has no link(2)).
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import { dirname, resolvePath } from "../../fs/path.js";
import type { Process } from "../../process/process.js";
import { EPOCH_MS } from "../../world/clock.js";
import { strftime } from "../../world/strftime.js";
import { type LocalZone, UTC_ZONE } from "../../tzdata/local-zone.js";
import { processZone } from "../files/file-time.js";
import { strerror } from "../files/program.js";
import type { ReadMember, TarEntry } from "./tar-header.js";
import type { TarReporter } from "./tar-report.js";

const TYPE_CHAR: Record<TarEntry["type"], string> = {
  file: "-",
  hardlink: "h",
  symlink: "l",
  chardev: "c",
  blockdev: "b",
  dir: "d",
  fifo: "p",
};

function modeString(e: TarEntry): string {
  const m = e.mode;
  const rwx = (bits: number, special: boolean, ch: string) =>
    (bits & 4 ? "r" : "-") + (bits & 2 ? "w" : "-") + (special ? (bits & 1 ? ch : ch.toUpperCase()) : bits & 1 ? "x" : "-");
  return (
    TYPE_CHAR[e.type] +
    rwx((m >> 6) & 7, (m & 0o4000) !== 0, "s") +
    rwx((m >> 3) & 7, (m & 0o2000) !== 0, "s") +
    rwx(m & 7, (m & 0o1000) !== 0, "t")
  );
}

/** GNU tar's list.c: the user/group/size column grows to the widest seen so far and never shrinks. */
export class LongLister {
  private ugswidth = 19;

  /** @param zone local time, which the dates are in (tar's localtime) */
  constructor(private readonly zone: LocalZone = UTC_ZONE) {}

  line(e: TarEntry): string {
    const user = e.uname || String(e.uid);
    const group = e.gname || String(e.gid);
    const size = e.type === "chardev" || e.type === "blockdev" ? `${e.devmajor},${e.devminor}` : String(e.size);
    const pad = user.length + 1 + group.length + 1 + size.length;
    if (pad > this.ugswidth) this.ugswidth = pad;
    const date = strftime("%Y-%m-%d %H:%M", e.mtimeSec * 1000, this.zone(e.mtimeSec * 1000));
    let line = `${modeString(e)} ${user}/${group} ${size.padStart(this.ugswidth - pad + size.length)} ${date} ${utf8Decode(e.name)}`;
    if (e.type === "symlink") line += ` -> ${utf8Decode(e.linkname)}`;
    if (e.type === "hardlink") line += ` link to ${utf8Decode(e.linkname)}`;
    return `${line}\n`;
  }
}

/** Which members the operands select, and the operands that matched nothing. */
export function selectMembers(members: ReadMember[], names: string[]): { chosen: ReadMember[]; missing: string[] } {
  if (names.length === 0) return { chosen: members, missing: [] };
  const wanted = names.map((n) => n.replace(/(.)\/+$/, "$1"));
  const hit = new Set<number>();
  const chosen = members.filter((m) => {
    const name = utf8Decode(m.entry.name).replace(/(.)\/+$/, "$1");
    let any = false;
    wanted.forEach((w, i) => {
      if (name === w || name.startsWith(`${w}/`)) {
        hit.add(i);
        any = true;
      }
    });
    return any;
  });
  return { chosen, missing: names.filter((_, i) => !hit.has(i)) };
}

export function listMembers(proc: Process, members: ReadMember[], verbose: boolean): void {
  const lister = new LongLister(processZone(proc));
  for (const m of members) proc.stdout.write(verbose ? lister.line(m.entry) : `${utf8Decode(m.entry.name)}\n`);
}

export interface ExtractOptions {
  /** absolute directory to extract into */
  root: string;
  verbose: boolean;
  toStdout: boolean;
}

export function extractMembers(proc: Process, rep: TarReporter, members: ReadMember[], opts: ExtractOptions): void {
  const fs = proc.host.fs;
  const dirTimes: { path: string; mtime: number }[] = [];
  let warnedSlash = false;
  const ensureParent = (path: string) => {
    const parent = dirname(path);
    if (!fs.stat(parent).ok) fs.mkdir(parent, { parents: true, mode: 0o755 });
  };
  for (const { entry, data } of members) {
    let name = utf8Decode(entry.name);
    if (name.startsWith("/")) {
      if (!warnedSlash) rep.message("Removing leading `/' from member names");
      warnedSlash = true;
      name = name.replace(/^\/+/, "");
    }
    if (opts.verbose) rep.verbose(name, "stdout");
    if (opts.toStdout) {
      if (entry.type === "file") proc.stdout.writeBytes(data);
      continue;
    }
    if (name === "" || name === "./") continue;
    const path = resolvePath(opts.root, name);
    // ms of virtual time for the member's Unix seconds
    const mtime = entry.mtimeSec * 1000 - EPOCH_MS;
    const shown = name.replace(/(.)\/+$/, "$1");
    switch (entry.type) {
      case "dir": {
        const st = fs.stat(path);
        if (!st.ok) {
          ensureParent(path);
          const r = fs.mkdir(path, { mode: entry.mode });
          if (!r.ok) {
            rep.error(`${shown}: Cannot mkdir: ${strerror(r.errno)}`);
            continue;
          }
        } else if (st.value.type !== "dir") {
          rep.error(`${shown}: Cannot mkdir: File exists`);
          continue;
        }
        fs.chmod(path, entry.mode);
        dirTimes.push({ path, mtime });
        break;
      }
      case "file":
      case "hardlink": {
        let content: ByteString = data;
        if (entry.type === "hardlink") {
          const target = fs.readFile(resolvePath(opts.root, utf8Decode(entry.linkname).replace(/^\/+/, "")));
          if (!target.ok) {
            rep.error(`${shown}: Cannot hard link to '${utf8Decode(entry.linkname)}': ${strerror(target.errno)}`);
            continue;
          }
          content = target.value;
        }
        ensureParent(path);
        const old = fs.lstat(path);
        if (old.ok) {
          if (old.value.type === "dir") {
            rep.error(`${shown}: Cannot open: Is a directory`);
            continue;
          }
          fs.unlink(path);
        }
        const w = fs.writeFile(path, content, { mode: entry.mode });
        if (!w.ok) {
          rep.error(`${shown}: Cannot open: ${strerror(w.errno)}`);
          continue;
        }
        fs.chmod(path, entry.mode);
        fs.utimes(path, mtime);
        break;
      }
      case "symlink": {
        ensureParent(path);
        if (fs.lstat(path).ok) fs.unlink(path);
        const r = fs.symlink(utf8Decode(entry.linkname), path);
        if (!r.ok) rep.error(`${shown}: Cannot create symlink to '${utf8Decode(entry.linkname)}': ${strerror(r.errno)}`);
        break;
      }
      default:
        // device nodes and fifos need mknod, which the simulated filesystem does not offer
        rep.error(`${shown}: Cannot mknod: Operation not permitted`);
    }
  }
  for (let i = dirTimes.length - 1; i >= 0; i--) fs.utimes(dirTimes[i].path, dirTimes[i].mtime);
}
