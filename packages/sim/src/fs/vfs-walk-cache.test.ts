/**
 * The walk cache (vfs.ts `walk`): a Vfs that has looked paths up must answer
 * exactly as a fresh one over the same state after any change, whether the
 * change went through it or through another Vfs of the same state (a chroot
 * view, the rescue system), and after mounts come and go; /proc and /sys,
 * which change with the kernel, are never answered from it.
 */
import { describe, expect, it } from "vitest";
import { asBytes, utf8Decode } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import { LabSession } from "../lab/lab-session.js";
import { Clock, newClockState } from "../world/clock.js";
import type { Vfs } from "./types.js";
import { type FsState, type VfsMount, createVfs, newFsState } from "./vfs.js";

function setUp() {
  const clock = new Clock(newClockState());
  const kernel = new Kernel({ hostname: "h", nextIfindex: 1, links: [], addrs4: [], addrs6: [], routes: [], sysctl: {}, dmesg: [] } as never, clock);
  const state = newFsState();
  const mounts: VfsMount[] = [];
  const open = () => createVfs(state, { kernel, clock, mounts: () => mounts });
  const fs = open();
  for (const d of ["/etc", "/usr", "/usr/bin", "/tmp", "/tmp/d", "/mnt"]) expect(fs.mkdir(d).ok).toBe(true);
  expect(fs.writeFile("/etc/hosts", asBytes("127.0.0.1 localhost\n")).ok).toBe(true);
  expect(fs.writeFile("/usr/bin/ip", asBytes("\x7fELF")).ok).toBe(true);
  expect(fs.symlink("usr/bin", "/bin").ok).toBe(true);
  expect(fs.symlink("/etc/hosts", "/tmp/link").ok).toBe(true);
  expect(fs.symlink("loop", "/tmp/loop").ok).toBe(true);
  return { state, mounts, open, fs };
}

/** paths a shell asks about: through symlinks, `..`, missing ones, trailing slashes, a loop */
const PROBES = [
  "/", "/etc", "/etc/hosts", "/etc/hosts/", "/bin/ip", "/bin/../etc/hosts", "/usr/bin/ip", "/usr/local/bin/ip",
  "/tmp/link", "/tmp/d", "/tmp/d/../link", "/tmp/new", "/tmp/d/e", "/tmp/hosts", "/etc/d", "/tmp/loop",
  "/mnt", "/mnt/inner", "/mnt/inner/file", "/bin", "/bin/", "/sbin/ip",
];

/** what every probe gives, by stat, lstat, readFile and readdir */
function answers(fs: Vfs): string[] {
  return PROBES.map((p) => {
    const show = (r: { ok: boolean; errno?: string; value?: unknown }, f: (v: never) => string) => (r.ok ? f(r.value as never) : r.errno);
    const st = show(fs.stat(p), (v: { ino: number; type: string }) => `${v.type}#${v.ino}`);
    const lst = show(fs.lstat(p), (v: { ino: number; type: string }) => `${v.type}#${v.ino}`);
    const data = show(fs.readFile(p), (v: string) => JSON.stringify(utf8Decode(v as never)));
    const dir = show(fs.readdir(p), (v: string[]) => v.join(","));
    return `${p}: ${st} ${lst} ${data} ${dir}`;
  });
}

const changes: [string, (fs: Vfs, s: { state: FsState; mounts: VfsMount[] }) => unknown][] = [
  ["create", (fs) => fs.writeFile("/tmp/new", asBytes("n\n"))],
  ["mkdir -p", (fs) => fs.mkdir("/tmp/d/e/f", { parents: true })],
  ["rmdir", (fs) => fs.rmdir("/tmp/d")],
  ["unlink", (fs) => fs.unlink("/etc/hosts")],
  ["unlink a symlink", (fs) => fs.unlink("/bin")],
  ["rename a file", (fs) => fs.rename("/etc/hosts", "/tmp/hosts")],
  ["rename a directory", (fs) => fs.rename("/tmp/d", "/etc/d")],
  ["rename a file over a symlink", (fs) => fs.rename("/etc/hosts", "/bin")],
  ["a symlink where a name was missing", (fs) => fs.symlink("/usr/bin", "/sbin")],
  ["a directory where a name was missing", (fs) => fs.mkdir("/usr/local/bin", { parents: true }).ok && fs.writeFile("/usr/local/bin/ip", asBytes("local\n"))],
  ["a device node where a name was missing", (fs) => fs.mknod?.("/tmp/new", { type: "blockdev", major: 8, minor: 0, mode: 0o660, gid: 6 })],
  ["write", (fs) => fs.writeFile("/etc/hosts", asBytes("changed\n"))],
  [
    "mount",
    (_fs, s) => {
      const other = newFsState();
      const ofs = createVfs(other, { kernel: undefined as never, clock: new Clock(newClockState()), mounts: () => [] });
      ofs.mkdir("/inner");
      ofs.writeFile("/inner/file", asBytes("mounted\n"));
      s.mounts.push({ target: "/mnt", source: { fs: other } });
    },
  ],
  ["bind mount", (_fs, s) => s.mounts.push({ target: "/mnt", source: { bind: "/tmp" } })],
];

describe("the walk cache", () => {
  for (const [name, change] of changes) {
    for (const via of ["the same Vfs", "another Vfs of the same state"]) {
      it(`answers as a fresh Vfs after: ${name}, through ${via}`, () => {
        const s = setUp();
        const before = answers(s.fs);
        answers(s.fs); // asked twice: the second time from the cache
        change(via === "the same Vfs" ? s.fs : s.open(), s);
        const fresh = answers(s.open());
        expect(answers(s.fs)).toEqual(fresh);
        // and the change was seen at all (so the test can fail)
        if (name !== "write") expect(fresh).not.toEqual(before);
      });
    }
  }

  it("never answers for /sys from it: a renamed link shows at once", () => {
    const lab = LabSession.create("single");
    const fs = lab.world.host("host")!.fs;
    expect(fs.stat("/sys/class/net/eth0").ok).toBe(true);
    expect(fs.stat("/sys/class/net/lan0").ok).toBe(false);
    lab.run("host", "ip link set eth0 down");
    expect(lab.run("host", "ip link set eth0 name lan0").exit).toBe(0);
    expect(fs.stat("/sys/class/net/eth0").ok).toBe(false);
    expect(fs.stat("/sys/class/net/lan0").ok).toBe(true);
  });
});
