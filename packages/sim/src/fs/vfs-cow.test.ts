/**
 * Copy on write: copies of a filesystem share its inodes (shareInodes +
 * cloneJson) and each side's changes stay its own, whichever operation
 * makes them; an inode written around `writable()` throws instead of
 * leaking into the other copies.
 */
import { describe, expect, it } from "vitest";
import { asBytes, utf8Decode } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import { LabSession } from "../lab/lab-session.js";
import { Clock, newClockState } from "../world/clock.js";
import { cloneJson } from "../world/clone.js";
import { World } from "../world/world.js";
import type { Vfs } from "./types.js";
import { type FsState, createVfs, newFsState, shareInodes } from "./vfs.js";

function tree(): { state: FsState; clock: Clock; kernel: Kernel; fs: Vfs } {
  const clock = new Clock(newClockState());
  const kernel = new Kernel({ hostname: "h", nextIfindex: 1, links: [], addrs4: [], addrs6: [], routes: [], sysctl: {}, dmesg: [] } as never, clock);
  const state = newFsState();
  const fs = createVfs(state, { kernel, clock, mounts: () => [] });
  for (const d of ["/etc", "/tmp", "/tmp/d"]) expect(fs.mkdir(d).ok).toBe(true);
  expect(fs.writeFile("/etc/hosts", asBytes("127.0.0.1 localhost\n")).ok).toBe(true);
  expect(fs.writeFile("/tmp/__proto__", asBytes("p\n")).ok).toBe(true);
  expect(fs.symlink("/etc/hosts", "/tmp/link").ok).toBe(true);
  return { state, clock, kernel, fs };
}

/** every path with its type, mode, mtime and content: what a learner could observe */
function observe(fs: Vfs, dir = "/"): string[] {
  const out: string[] = [];
  const names = fs.readdir(dir);
  if (!names.ok) return out;
  for (const n of names.value) {
    const p = dir === "/" ? `/${n}` : `${dir}/${n}`;
    const st = fs.lstat(p);
    if (!st.ok) continue;
    const v = st.value;
    const r = v.type === "file" ? fs.readFile(p) : undefined;
    const data = r?.ok ? utf8Decode(r.value) : "";
    out.push(`${p} ${v.type} ${v.mode.toString(8)} ${v.uid}:${v.gid} ${v.mtime} ${v.nlink} ${JSON.stringify(data)}`);
    if (v.type === "dir") out.push(...observe(fs, p));
  }
  return out;
}

const changes: [string, (fs: Vfs) => unknown][] = [
  ["write", (fs) => fs.writeFile("/etc/hosts", asBytes("changed\n"))],
  ["append", (fs) => fs.writeFile("/etc/hosts", asBytes("more\n"), { append: true })],
  ["write through a symlink", (fs) => fs.writeFile("/tmp/link", asBytes("via link\n"))],
  ["create", (fs) => fs.writeFile("/tmp/new", asBytes("n\n"))],
  ["mkdir", (fs) => fs.mkdir("/tmp/d/e/f", { parents: true })],
  ["rmdir", (fs) => fs.rmdir("/tmp/d")],
  ["unlink", (fs) => fs.unlink("/etc/hosts")],
  ["unlink __proto__", (fs) => fs.unlink("/tmp/__proto__")],
  ["rename a file", (fs) => fs.rename("/etc/hosts", "/tmp/hosts")],
  ["rename a directory", (fs) => fs.rename("/tmp/d", "/etc/d")],
  ["rename in place", (fs) => fs.rename("/tmp/__proto__", "/tmp/q")],
  ["chmod", (fs) => fs.chmod("/etc/hosts", 0o600)],
  ["chown", (fs) => fs.chown("/etc/hosts", 33, 33)],
  ["chown of a symlink itself", (fs) => fs.chown("/tmp/link", 1, -1, { noFollow: true })],
  ["touch", (fs) => fs.touch("/tmp/d")],
  ["utimes", (fs) => fs.utimes("/etc", 123)],
  ["symlink", (fs) => fs.symlink("/x", "/tmp/l2")],
  ["mknod", (fs) => fs.mknod!("/tmp/null", { type: "chardev", major: 1, minor: 3, mode: 0o666, gid: 0 })],
];

describe("copies of a filesystem share inodes until one side writes", () => {
  for (const [what, change] of changes) {
    it(`${what}: the change stays on the side that made it`, () => {
      const a = tree();
      a.clock.advance(5000, () => {});
      shareInodes(a.state);
      const copy = cloneJson(a.state);
      // the copy shares the inode table until one side writes
      expect(copy).not.toBe(a.state);
      expect(copy.inodes).toBe(a.state.inodes);
      const b = createVfs(copy, { kernel: a.kernel, clock: a.clock, mounts: () => [] });
      const before = observe(a.fs);
      expect(observe(b)).toEqual(before);

      const r = change(b) as { ok: boolean };
      expect(r.ok).toBe(true);
      expect(copy.inodes).not.toBe(a.state.inodes);
      expect(observe(b)).not.toEqual(before);
      expect(observe(a.fs)).toEqual(before);

      // and the other way round: the original changes, the copy keeps what it had
      const afterB = observe(b);
      shareInodes(copy);
      expect((change(a.fs) as { ok: boolean }).ok).toBe(true);
      expect(observe(b)).toEqual(afterB);
      expect(observe(a.fs)).toEqual(afterB);
    });
  }

  it("a shared inode changed around writable() throws, it never changes the other copies", () => {
    const a = tree();
    shareInodes(a.state);
    const root = a.state.inodes[a.state.rootIno];
    expect(() => {
      (root as { mode: number }).mode = 0o700;
    }).toThrow(TypeError);
    expect(() => {
      (root as { entries: Record<string, number> }).entries.x = 9;
    }).toThrow(TypeError);
  });
});

describe("forks of a lab", () => {
  it("share the filesystem until written, and keep their changes apart", () => {
    const lab = LabSession.create("single", 1);
    const f1 = lab.fork();
    const f2 = lab.fork();
    f1.run(undefined, "echo one > /etc/motd; mkdir /root/a; chmod 600 /etc/hostname");
    f2.run(undefined, "rm /etc/motd; touch /root/b");
    expect(lab.run(undefined, "cat /etc/motd; ls /root; stat -c %a /etc/hostname").stdout).not.toContain("one");
    expect(f1.run(undefined, "cat /etc/motd; ls /root; stat -c %a /etc/hostname").stdout).toBe("one\na\n600\n");
    const r2 = f2.run(undefined, "cat /etc/motd; ls /root; stat -c %a /etc/hostname");
    expect(r2.stderr).toBe("cat: /etc/motd: No such file or directory\n");
    expect(r2.stdout).toBe("b\n644\n");
    // a snapshot shares inodes too, and what the lab does next does not reach it
    const snap = f1.world.snapshot();
    const json = JSON.stringify(snap);
    f1.run(undefined, "echo two > /etc/motd; rmdir /root/a");
    expect(JSON.stringify(snap)).toBe(json);
    expect(JSON.stringify(World.restore(JSON.parse(json)).snapshot())).toBe(json);
  });
});
