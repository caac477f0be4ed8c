/**
 * Node-only helpers for comparing simulated programs with the real ones on
 * this Debian machine: build a tree in a fresh directory on tmpfs (/dev/shm),
 * creating entries in reverse name order so that tmpfs's readdir (newest
 * first) lists them in C-locale order, as the simulated filesystem does (GNU
 * tar archives in readdir order); run a bash line there with TZ=UTC and
 * LANG=C.UTF-8. Exempt from the purity rule (test support).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, lutimesSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface RealNode {
  path: string;
  content?: string;
  link?: string;
  mode?: number;
}

export interface RealResult {
  out: Buffer;
  err: string;
  code: number;
}

const BASE = existsSync("/dev/shm") ? "/dev/shm" : "/tmp";

export function makeTempDir(prefix = "rootlab-archive-"): string {
  return mkdtempSync(join(BASE, prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Build `tree` under `dir`, every entry dated `unixSec`. */
export function buildTree(dir: string, tree: readonly RealNode[], unixSec: number): void {
  const parentOf = (p: string) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
  // tmpfs lists a directory newest first: create each directory's entries in reverse name order
  const create = (parent: string) => {
    const children = tree.filter((n) => parentOf(n.path) === parent).sort((a, b) => (a.path < b.path ? 1 : -1));
    for (const n of children) {
      const p = join(dir, n.path);
      if (n.link !== undefined) symlinkSync(n.link, p);
      else if (n.content === undefined) mkdirSync(p);
      else writeFileSync(p, Buffer.from(n.content, "latin1"));
    }
    for (const n of children) if (n.content === undefined && n.link === undefined) create(n.path);
  };
  create("");
  for (const n of tree) {
    const p = join(dir, n.path);
    if (n.link === undefined) chmodSync(p, n.mode ?? (n.content === undefined ? 0o755 : 0o644));
  }
  for (const n of [...tree].reverse()) {
    const p = join(dir, n.path);
    if (n.link !== undefined) lutimesSync(p, unixSec, unixSec);
    else utimesSync(p, unixSec, unixSec);
  }
}

/** Run `line` with bash in `cwd`; stdin is empty (not a terminal), stdout and stderr are pipes. */
export function realSh(cwd: string, line: string, input: Buffer | string = ""): RealResult {
  const r = spawnSync("bash", ["-c", line], {
    cwd,
    input,
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", TZ: "UTC", LANG: "C.UTF-8", HOME: "/root" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr.toString("utf8"), code: r.status ?? 128 };
}

/** Write bytes (a latin1 byte string) to a new file in `dir`; returns its path. */
export function exportBytes(dir: string, name: string, bytes: string): string {
  const p = join(dir, name);
  writeFileSync(p, Buffer.from(bytes, "latin1"));
  return p;
}
