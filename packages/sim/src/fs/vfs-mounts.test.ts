/** The Vfs across mounts: another filesystem at a directory, bind mounts, and chrooted views. */
import { describe, expect, it } from "vitest";
import { asBytes } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import type { KernelState } from "../kernel/state.js";
import { Clock, newClockState } from "../world/clock.js";
import { type FsState, type VfsMount, createVfs, newFsState } from "./vfs.js";

const errno = (r: { ok: boolean; errno?: string }) => (r.ok ? "ok" : r.errno);

function setup() {
  const clock = new Clock(newClockState());
  const kernel = new Kernel({ hostname: "h", nextIfindex: 2, links: [], addrs4: [], addrs6: [], routes: [], sysctl: {}, dmesg: [] } as unknown as KernelState, clock);
  const rescue = newFsState();
  const disk = newFsState();
  const mounts: VfsMount[] = [{ target: "/proc", source: { pseudo: "proc" } }];
  const fs = createVfs(rescue, { kernel, clock, mounts: () => mounts });
  for (const d of ["/mnt", "/proc", "/dev"]) fs.mkdir(d);
  fs.writeFile("/dev/null-ish", asBytes("rescue dev"));
  const diskFs = createVfs(disk, { kernel, clock, mounts: () => [] });
  for (const d of ["/root", "/dev", "/proc", "/boot"]) diskFs.mkdir(d);
  diskFs.writeFile("/root/mbr.bak", asBytes("backup"));
  return { fs, rescue, disk, mounts, clock, kernel };
}

describe("a filesystem mounted on a directory", () => {
  it("shows its files there, and writes there go to it", () => {
    const { fs, disk, rescue, mounts } = setup();
    expect(fs.readdir("/mnt")).toEqual({ ok: true, value: [] });
    mounts.push({ target: "/mnt", source: { fs: disk } });
    expect(fs.readdir("/mnt")).toEqual({ ok: true, value: ["boot", "dev", "proc", "root"] });
    expect(fs.readFile("/mnt/root/mbr.bak")).toEqual({ ok: true, value: "backup" });
    expect(fs.writeFile("/mnt/root/new", asBytes("x")).ok).toBe(true);
    expect(createVfs(disk, { kernel: setup().kernel, clock: setup().clock, mounts: () => [] }).readFile("/root/new")).toEqual({ ok: true, value: "x" });
    expect(Object.values(rescue.inodes).some((i) => i.type === "file" && i.data === "x")).toBe(false);
    // .. from the mounted root goes back to the directory it is mounted on
    expect(fs.readdir("/mnt/root/../..").ok && fs.readdir("/mnt/root/../..")).toEqual(fs.readdir("/"));
  });

  it("keeps a mount point and renames within one filesystem only", () => {
    const { fs, disk, mounts } = setup();
    mounts.push({ target: "/mnt", source: { fs: disk } });
    expect(errno(fs.rmdir("/mnt"))).toBe("EBUSY");
    expect(errno(fs.rename("/mnt", "/mnt2"))).toBe("EBUSY");
    expect(errno(fs.rename("/mnt/root/mbr.bak", "/mbr.bak"))).toBe("EXDEV");
    expect(errno(fs.rename("/mnt/root/mbr.bak", "/mnt/boot/mbr.bak"))).toBe("ok");
  });

  it("follows bind mounts and pseudo filesystems mounted below it", () => {
    const { fs, disk, mounts } = setup();
    mounts.push({ target: "/mnt", source: { fs: disk } }, { target: "/mnt/dev", source: { bind: "/dev" } }, { target: "/mnt/proc", source: { pseudo: "proc" } });
    expect(fs.readFile("/mnt/dev/null-ish")).toEqual({ ok: true, value: "rescue dev" });
    expect(fs.readdir("/mnt/proc").ok && fs.readdir("/mnt/proc")).toMatchObject({ ok: true });
    expect((fs.readdir("/mnt/proc") as { value: string[] }).value).toContain("mounts");
  });
});

describe("a chrooted view", () => {
  it("shows the directory as / with what is mounted below it, and nothing above", () => {
    const { disk, mounts, kernel, clock, rescue } = setup();
    mounts.push({ target: "/mnt", source: { fs: disk } }, { target: "/mnt/dev", source: { bind: "/dev" } });
    const inside = createVfs(rescue, { kernel, clock, mounts: () => mounts, root: "/mnt" });
    expect(inside.readFile("/root/mbr.bak")).toEqual({ ok: true, value: "backup" });
    expect(inside.readFile("/dev/null-ish")).toEqual({ ok: true, value: "rescue dev" });
    expect(inside.readdir("/..")).toEqual(inside.readdir("/"));
    // /proc inside is the disk's empty directory until something is mounted on /mnt/proc
    expect(inside.readdir("/proc")).toEqual({ ok: true, value: [] });
    expect(errno(inside.stat("/mnt/root"))).toBe("ENOENT");
  });

  it("resolves absolute symlinks inside the new root", () => {
    const { disk, mounts, kernel, clock, rescue } = setup();
    mounts.push({ target: "/mnt", source: { fs: disk } });
    const inside = createVfs(rescue, { kernel, clock, mounts: () => mounts, root: "/mnt" });
    expect(inside.symlink("/root/mbr.bak", "/boot/link").ok).toBe(true);
    expect(inside.readFile("/boot/link")).toEqual({ ok: true, value: "backup" });
    const outside = createVfs(rescue, { kernel, clock, mounts: () => mounts });
    expect(errno(outside.readFile("/mnt/boot/link"))).toBe("ENOENT");
  });
});
