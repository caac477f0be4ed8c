/**
 * VfsDeps.onChange: told after every change made through the Vfs, whichever
 * operation makes it (and in a mounted tree too), never for a read or a
 * failed change; a filesystem shared copy on write tells only the side that
 * writes.
 */
import { describe, expect, it } from "vitest";
import { asBytes } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import { Clock, newClockState } from "../world/clock.js";
import { cloneJson } from "../world/clone.js";
import type { Vfs } from "./types.js";
import { type FsState, createVfs, newFsState, shareInodes } from "./vfs.js";

function tree(state = newFsState(), mounts: () => { target: string; source: { fs: FsState } }[] = () => []) {
  const clock = new Clock(newClockState());
  const kernel = new Kernel({ hostname: "h", nextIfindex: 1, links: [], addrs4: [], addrs6: [], routes: [], sysctl: {}, dmesg: [] } as never, clock);
  let changes = 0;
  const fs = createVfs(state, { kernel, clock, mounts, onChange: () => changes++ });
  return { state, fs, changes: () => changes };
}

function seeded(): { state: FsState; fs: Vfs; changes: () => number } {
  const t = tree();
  for (const d of ["/etc", "/etc/cron.d", "/tmp"]) expect(t.fs.mkdir(d).ok).toBe(true);
  expect(t.fs.writeFile("/etc/crontab", asBytes("# m h dom mon dow user command\n")).ok).toBe(true);
  expect(t.fs.symlink("/etc/crontab", "/tmp/link").ok).toBe(true);
  return t;
}

describe("Vfs onChange", () => {
  const ops: [string, (fs: Vfs) => { ok: boolean }][] = [
    ["writeFile (new)", (fs) => fs.writeFile("/etc/cron.d/job", asBytes("x\n"))],
    ["writeFile (over)", (fs) => fs.writeFile("/etc/crontab", asBytes("y\n"))],
    ["writeFile through a symlink", (fs) => fs.writeFile("/tmp/link", asBytes("z\n"))],
    ["mkdir", (fs) => fs.mkdir("/etc/cron.d/sub")],
    ["rmdir", (fs) => fs.rmdir("/etc/cron.d")],
    ["unlink", (fs) => fs.unlink("/etc/crontab")],
    ["rename", (fs) => fs.rename("/etc/crontab", "/etc/cron.d/moved")],
    ["rename over", (fs) => fs.rename("/tmp/link", "/etc/crontab")],
    ["symlink", (fs) => fs.symlink("/etc/crontab", "/etc/cron.d/l")],
    ["chmod", (fs) => fs.chmod("/etc/crontab", 0o600)],
    ["touch", (fs) => fs.touch("/etc/crontab")],
    ["utimes", (fs) => fs.utimes("/etc/crontab", 5)],
  ];
  for (const [name, op] of ops)
    it(`is told of ${name}`, () => {
      const t = seeded();
      const before = t.changes();
      expect(op(t.fs).ok).toBe(true);
      expect(t.changes()).toBeGreaterThan(before);
    });

  it("is not told of reads, nor of changes that fail", () => {
    const t = seeded();
    const before = t.changes();
    t.fs.stat("/etc/crontab");
    t.fs.readFile("/tmp/link");
    t.fs.readdir("/etc/cron.d");
    t.fs.readlink("/tmp/link");
    expect(t.fs.unlink("/etc/nothing").ok).toBe(false);
    expect(t.fs.mkdir("/etc").ok).toBe(false);
    expect(t.fs.rmdir("/etc").ok).toBe(false);
    expect(t.fs.writeFile("/nodir/x", asBytes("")).ok).toBe(false);
    expect(t.changes()).toBe(before);
    // renames that fail after both directories were found: into itself, over a non-empty directory, a file over a directory
    expect(t.fs.mkdir("/tmp/d").ok).toBe(true);
    expect(t.fs.writeFile("/tmp/d/f", asBytes("")).ok).toBe(true);
    const beforeRenames = t.changes();
    shareInodes(t.state);
    const table = t.state.inodes;
    expect(t.fs.rename("/etc", "/etc/cron.d/x").ok).toBe(false);
    expect(t.fs.rename("/etc/cron.d", "/tmp/d").ok).toBe(false);
    expect(t.fs.rename("/etc/crontab", "/tmp/d").ok).toBe(false);
    expect(t.fs.rename("/etc/crontab", "/etc/crontab").ok).toBe(true);
    expect(t.changes()).toBe(beforeRenames);
    // and nothing was copied: the shared table is still the one the copies share
    expect(t.state.inodes).toBe(table);
  });

  it("is told of a change in a mounted tree, and only by the copy that writes a shared one", () => {
    const disk = newFsState();
    const t = tree(newFsState(), () => [{ target: "/var", source: { fs: disk } }]);
    expect(t.fs.mkdir("/var").ok).toBe(true);
    const before = t.changes();
    expect(t.fs.writeFile("/var/spool", asBytes("")).ok).toBe(true);
    expect(t.changes()).toBeGreaterThan(before);

    const a = seeded();
    shareInodes(a.state);
    const b = tree(cloneJson(a.state));
    const aBefore = a.changes();
    expect(b.fs.writeFile("/etc/crontab", asBytes("b\n")).ok).toBe(true);
    expect(b.changes()).toBeGreaterThan(0);
    expect(a.changes()).toBe(aBefore);
  });
});
