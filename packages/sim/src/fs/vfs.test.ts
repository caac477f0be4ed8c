import { describe, expect, it } from "vitest";
import { type ByteString, asBytes } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import type { KernelState } from "../kernel/state.js";
import { Clock, newClockState } from "../world/clock.js";
import type { Vfs } from "./types.js";
import { type FsState, createVfs, newFsState } from "./vfs.js";

function kernelState(): KernelState {
  const stats = {
    rxBytes: 1234, rxPackets: 10, rxErrors: 0, rxDropped: 0, rxMissed: 0, rxMulticast: 0,
    txBytes: 567, txPackets: 5, txErrors: 0, txDropped: 0, txCarrier: 0, txCollisions: 0,
  };
  return {
    hostname: "alpha",
    nextIfindex: 3,
    links: [
      { ifindex: 1, name: "lo", kind: "loopback", mac: "00:00:00:00:00:00", mtu: 65536, up: true, carrier: true, qdisc: "noqueue", txqlen: 1000, altnames: [], stats: { ...stats } },
      { ifindex: 2, name: "eth0", kind: "ether", mac: "52:54:00:12:34:56", mtu: 1500, up: false, carrier: true, qdisc: "fq_codel", txqlen: 1000, altnames: ["enp0s3"], stats: { ...stats } },
    ],
    addrs4: [],
    addrs6: [],
    routes: [],
    sysctl: { "net.ipv4.ip_forward": "0", "net.ipv4.conf.all.forwarding": "0", "net.ipv4.ip_local_port_range": "32768\t60999", "kernel.ostype": "Linux" },
    dmesg: [],
  } as KernelState;
}

function setup(): { fs: Vfs; state: FsState; clock: Clock; kernel: Kernel } {
  const clock = new Clock(newClockState());
  const kernel = new Kernel(kernelState(), clock);
  const state = newFsState();
  const fs = createVfs(state, { kernel, clock, bootedAt: () => 0 });
  for (const d of ["/proc", "/sys", "/tmp", "/etc"]) expect(fs.mkdir(d).ok).toBe(true);
  return { fs, state, clock, kernel };
}

const b = (s: string): ByteString => asBytes(s);
const errno = (r: { ok: boolean; errno?: string }) => (r.ok ? "ok" : r.errno);

describe("Vfs: files and directories", () => {
  it("writes, reads, appends and stats a file with mode, size and mtime", () => {
    const { fs, clock } = setup();
    clock.advance(5000, () => {});
    expect(fs.writeFile("/tmp/a", b("hello\n")).ok).toBe(true);
    expect(fs.writeFile("/tmp/a", b("more\n"), { append: true }).ok).toBe(true);
    const r = fs.readFile("/tmp/a");
    expect(r.ok && r.value).toBe("hello\nmore\n");
    const st = fs.stat("/tmp/a");
    expect(st.ok && { type: st.value.type, mode: st.value.mode, size: st.value.size, mtime: st.value.mtime, blocks: st.value.blocks }).toEqual({
      type: "file", mode: 0o644, size: 11, mtime: 5000, blocks: 8,
    });
    expect(fs.writeFile("/tmp/x", b(""), { mode: 0o600 }).ok).toBe(true);
    const x = fs.stat("/tmp/x");
    expect(x.ok && x.value.mode).toBe(0o600);
  });

  it("returns Linux errnos for the usual mistakes", () => {
    const { fs } = setup();
    fs.writeFile("/tmp/f", b("x"));
    expect(errno(fs.readFile("/tmp/nope"))).toBe("ENOENT");
    expect(errno(fs.readFile("/tmp"))).toBe("EISDIR");
    expect(errno(fs.readFile("/tmp/f/x"))).toBe("ENOTDIR");
    expect(errno(fs.stat("/tmp/f/"))).toBe("ENOTDIR");
    expect(errno(fs.writeFile("/nodir/f", b("")))).toBe("ENOENT");
    expect(errno(fs.writeFile("/tmp", b("")))).toBe("EISDIR");
    expect(errno(fs.mkdir("/tmp"))).toBe("EEXIST");
    expect(errno(fs.mkdir("/tmp/f"))).toBe("EEXIST");
    expect(errno(fs.mkdir("/a/b"))).toBe("ENOENT");
    expect(errno(fs.mkdir("/tmp/f/x", { parents: true }))).toBe("ENOTDIR");
    expect(errno(fs.readdir("/tmp/f"))).toBe("ENOTDIR");
    expect(errno(fs.unlink("/tmp"))).toBe("EISDIR");
    expect(errno(fs.unlink("/tmp/nope"))).toBe("ENOENT");
    expect(errno(fs.rmdir("/tmp/f"))).toBe("ENOTDIR");
    expect(errno(fs.readlink("/tmp/f"))).toBe("EINVAL");
    expect(errno(fs.stat(`/tmp/${"x".repeat(256)}`))).toBe("ENAMETOOLONG");
  });

  it("mkdir -p creates parents and keeps nlink = 2 + subdirectories", () => {
    const { fs } = setup();
    expect(fs.mkdir("/tmp/a/b/c", { parents: true }).ok).toBe(true);
    expect(fs.mkdir("/tmp/a/b/c", { parents: true }).ok).toBe(true);
    fs.mkdir("/tmp/a/d");
    const a = fs.stat("/tmp/a");
    expect(a.ok && a.value.nlink).toBe(4);
    expect(fs.rmdir("/tmp/a/d").ok).toBe(true);
    const a2 = fs.stat("/tmp/a");
    expect(a2.ok && a2.value.nlink).toBe(3);
  });

  it("rmdir refuses non-empty directories, '.', and the root", () => {
    const { fs } = setup();
    fs.mkdir("/tmp/d");
    fs.writeFile("/tmp/d/f", b(""));
    expect(errno(fs.rmdir("/tmp/d"))).toBe("ENOTEMPTY");
    expect(errno(fs.rmdir("/tmp/d/."))).toBe("EINVAL");
    expect(errno(fs.rmdir("/"))).toBe("EBUSY");
    expect(errno(fs.rmdir("/proc"))).toBe("EBUSY");
    fs.unlink("/tmp/d/f");
    expect(fs.rmdir("/tmp/d").ok).toBe(true);
    expect(errno(fs.stat("/tmp/d"))).toBe("ENOENT");
  });

  it("readdir lists names in C-locale byte order without . and ..", () => {
    const { fs } = setup();
    for (const n of ["b", "B", "a", "_x", ".hidden", "__proto__", "constructor", "toString"]) fs.writeFile(`/tmp/${n}`, b(n));
    const r = fs.readdir("/tmp");
    expect(r.ok && r.value).toEqual([".hidden", "B", "__proto__", "_x", "a", "b", "constructor", "toString"]);
    // names Object.prototype also has are plain names: each its own file
    for (const n of ["__proto__", "constructor", "toString"]) {
      const f = fs.readFile(`/tmp/${n}`);
      expect(f.ok && f.value).toBe(n);
    }
  });

  it("chmod, touch and utimes", () => {
    const { fs, clock } = setup();
    expect(fs.touch("/tmp/t").ok).toBe(true);
    expect(fs.chmod("/tmp/t", 0o4755).ok).toBe(true);
    clock.advance(1000, () => {});
    fs.touch("/tmp/t");
    let st = fs.stat("/tmp/t");
    expect(st.ok && [st.value.mode, st.value.mtime, st.value.size]).toEqual([0o4755, 1000, 0]);
    expect(fs.utimes("/tmp/t", -86_400_000).ok).toBe(true);
    st = fs.stat("/tmp/t");
    expect(st.ok && st.value.mtime).toBe(-86_400_000);
    expect(errno(fs.chmod("/tmp/none", 0o644))).toBe("ENOENT");
    expect(errno(fs.touch("/none/x"))).toBe("ENOENT");
  });

  it("chown follows a symlink unless noFollow, keeps -1, and clears set-id bits as Linux does", () => {
    const { fs } = setup();
    fs.writeFile("/tmp/a", b("a"));
    fs.symlink("a", "/tmp/l");
    expect(fs.chown("/tmp/l", 1, -1).ok).toBe(true);
    const owners = (p: string) => {
      const st = fs.lstat(p);
      return st.ok && `${st.value.uid}:${st.value.gid}`;
    };
    expect([owners("/tmp/a"), owners("/tmp/l")]).toEqual(["1:0", "0:0"]);
    expect(fs.chown("/tmp/l", -1, 33, { noFollow: true }).ok).toBe(true);
    expect([owners("/tmp/a"), owners("/tmp/l")]).toEqual(["1:0", "0:33"]);
    // recorded on Debian 12: chmod 6755 a; chmod 6644 b; chmod 2755 c; chmod 6755 d;
    // chown root a b; chgrp root c; chown root d -> 755 2644 755 6755
    const modes: [string, number, [number, number]][] = [["/tmp/a", 0o6755, [0, -1]], ["/tmp/b", 0o6644, [0, -1]], ["/tmp/c", 0o2755, [-1, 0]], ["/tmp/d", 0o6755, [0, -1]]];
    for (const [p, mode] of modes) {
      if (p === "/tmp/d") fs.mkdir(p);
      else fs.writeFile(p, b("x"));
      fs.chmod(p, mode);
    }
    for (const [p, , [uid, gid]] of modes) expect(fs.chown(p, uid, gid).ok).toBe(true);
    expect(modes.map(([p]) => {
      const st = fs.stat(p);
      return st.ok && st.value.mode.toString(8);
    })).toEqual(["755", "2644", "755", "6755"]);
    expect(errno(fs.chown("/tmp/none", 0, 0))).toBe("ENOENT");
    expect(errno(fs.chown("/proc/version", 0, 0))).toBe("EPERM");
  });

  it("state stays plain JSON (snapshot round trip keeps the tree)", () => {
    const { fs, state, kernel, clock } = setup();
    fs.mkdir("/tmp/d");
    fs.writeFile("/tmp/d/f", b("data\xff"));
    fs.symlink("d/f", "/tmp/l");
    const copy = JSON.parse(JSON.stringify(state)) as FsState;
    const fs2 = createVfs(copy, { kernel, clock });
    const r = fs2.readFile("/tmp/l");
    expect(r.ok && r.value).toBe("data\xff");
  });
});

describe("Vfs: symlinks", () => {
  it("follows symlinks for stat/readFile, not for lstat/readlink", () => {
    const { fs } = setup();
    fs.writeFile("/etc/real", b("content"));
    expect(fs.symlink("/etc/real", "/tmp/abs").ok).toBe(true);
    expect(fs.symlink("../etc/real", "/tmp/rel").ok).toBe(true);
    for (const p of ["/tmp/abs", "/tmp/rel"]) {
      const r = fs.readFile(p);
      expect(r.ok && r.value).toBe("content");
      const l = fs.lstat(p);
      expect(l.ok && l.value.type).toBe("symlink");
    }
    const rl = fs.readlink("/tmp/rel");
    expect(rl.ok && rl.value).toBe("../etc/real");
    const l = fs.lstat("/tmp/rel");
    expect(l.ok && [l.value.size, l.value.mode]).toEqual([11, 0o777]);
    expect(errno(fs.symlink("x", "/tmp/abs"))).toBe("EEXIST");
  });

  it("resolves .. after a symlinked directory against the real parent", () => {
    const { fs } = setup();
    fs.mkdir("/etc/deep/er", { parents: true });
    fs.writeFile("/etc/deep/marker", b("m"));
    fs.symlink("/etc/deep/er", "/tmp/link");
    const r = fs.readFile("/tmp/link/../marker");
    expect(r.ok && r.value).toBe("m");
  });

  it("reports ELOOP for symlink loops and ENOENT for dangling links", () => {
    const { fs } = setup();
    fs.symlink("/tmp/b", "/tmp/a");
    fs.symlink("/tmp/a", "/tmp/b");
    expect(errno(fs.stat("/tmp/a"))).toBe("ELOOP");
    expect(errno(fs.readFile("/tmp/a/x"))).toBe("ELOOP");
    fs.symlink("/tmp/missing", "/tmp/dangling");
    expect(errno(fs.stat("/tmp/dangling"))).toBe("ENOENT");
    expect(fs.lstat("/tmp/dangling").ok).toBe(true);
  });

  it("writing through a dangling symlink creates its target", () => {
    const { fs } = setup();
    fs.symlink("target", "/tmp/l");
    expect(fs.writeFile("/tmp/l", b("x")).ok).toBe(true);
    const r = fs.readFile("/tmp/target");
    expect(r.ok && r.value).toBe("x");
  });

  it("unlink removes the link, not the target", () => {
    const { fs } = setup();
    fs.writeFile("/tmp/t", b("x"));
    fs.symlink("t", "/tmp/l");
    expect(fs.unlink("/tmp/l").ok).toBe(true);
    expect(fs.stat("/tmp/t").ok).toBe(true);
  });
});

describe("Vfs: rename", () => {
  it("moves files and directories, replacing files and empty directories", () => {
    const { fs } = setup();
    fs.writeFile("/tmp/a", b("A"));
    fs.writeFile("/tmp/b", b("B"));
    expect(fs.rename("/tmp/a", "/tmp/b").ok).toBe(true);
    const r = fs.readFile("/tmp/b");
    expect(r.ok && r.value).toBe("A");
    expect(errno(fs.stat("/tmp/a"))).toBe("ENOENT");
    fs.mkdir("/tmp/d1");
    fs.writeFile("/tmp/d1/f", b("f"));
    fs.mkdir("/tmp/d2");
    expect(fs.rename("/tmp/d1", "/tmp/d2").ok).toBe(true);
    expect(fs.readFile("/tmp/d2/f").ok).toBe(true);
    fs.mkdir("/etc/x");
    expect(fs.rename("/tmp/d2", "/etc/x/moved").ok).toBe(true);
    const etc = fs.stat("/etc/x");
    expect(etc.ok && etc.value.nlink).toBe(3);
  });

  it("refuses the Linux way", () => {
    const { fs } = setup();
    fs.mkdir("/tmp/d/sub", { parents: true });
    fs.writeFile("/tmp/f", b(""));
    fs.mkdir("/tmp/full");
    fs.writeFile("/tmp/full/x", b(""));
    expect(errno(fs.rename("/tmp/d", "/tmp/d/sub/inside"))).toBe("EINVAL");
    expect(errno(fs.rename("/tmp/d", "/tmp/d/new"))).toBe("EINVAL");
    expect(errno(fs.rename("/tmp/f", "/tmp/d"))).toBe("EISDIR");
    expect(errno(fs.rename("/tmp/d", "/tmp/f"))).toBe("ENOTDIR");
    expect(errno(fs.rename("/tmp/d", "/tmp/full"))).toBe("ENOTEMPTY");
    expect(errno(fs.rename("/tmp/none", "/tmp/x"))).toBe("ENOENT");
    expect(errno(fs.rename("/tmp/f", "/proc/f"))).toBe("EXDEV");
    expect(fs.rename("/tmp/f", "/tmp/f").ok).toBe(true);
  });
});

describe("/proc", () => {
  it("maps /proc/sys to sysctl, reads 'value\\n' and writes through sysctlSet", () => {
    const { fs, kernel } = setup();
    const r = fs.readFile("/proc/sys/net/ipv4/ip_forward");
    expect(r.ok && r.value).toBe("0\n");
    expect(fs.writeFile("/proc/sys/net/ipv4/ip_forward", b("1\n")).ok).toBe(true);
    const v = kernel.sysctlGet("net.ipv4.ip_forward");
    expect(v.ok && v.value).toBe("1");
    const range = fs.readFile("/proc/sys/net/ipv4/ip_local_port_range");
    expect(range.ok && range.value).toBe("32768\t60999\n");
  });

  it("rejects a value that is not a number with EINVAL at write time", () => {
    const { fs, kernel } = setup();
    const w = fs.writeFile("/proc/sys/net/ipv4/ip_forward", b("yes\n"));
    expect(w).toEqual({ ok: false, errno: "EINVAL", detail: "write" });
    const v = kernel.sysctlGet("net.ipv4.ip_forward");
    expect(v.ok && v.value).toBe("0");
  });

  it("lists sysctl directories and names", () => {
    const { fs } = setup();
    const r = fs.readdir("/proc/sys/net/ipv4");
    expect(r.ok && r.value).toEqual(["conf", "ip_forward", "ip_local_port_range"]);
    const k = fs.readdir("/proc/sys/kernel");
    expect(k.ok && k.value).toEqual(["hostname", "ostype"]);
    const d = fs.stat("/proc/sys/net");
    expect(d.ok && [d.value.type, d.value.mode]).toEqual(["dir", 0o555]);
    const top = fs.readdir("/proc");
    expect(top.ok && top.value).toContain("version");
  });

  it("kernel.hostname reads and sets the UTS name", () => {
    const { fs, kernel } = setup();
    const r = fs.readFile("/proc/sys/kernel/hostname");
    expect(r.ok && r.value).toBe("alpha\n");
    fs.writeFile("/proc/sys/kernel/hostname", b("beta\n"));
    expect(kernel.hostname).toBe("beta");
  });

  it("read-only proc files fail at write(2) with EIO; no files can be created", () => {
    const { fs } = setup();
    expect(fs.writeFile("/proc/version", b("x"))).toEqual({ ok: false, errno: "EIO", detail: "write" });
    expect(errno(fs.writeFile("/proc/newfile", b("x")))).toBe("ENOENT");
    expect(errno(fs.mkdir("/proc/newdir"))).toBe("ENOENT");
    expect(errno(fs.unlink("/proc/version"))).toBe("EPERM");
    expect(errno(fs.readFile("/proc/nothing"))).toBe("ENOENT");
  });

  it("formats uptime from the clock and boot time, and net/dev from link stats", () => {
    const { fs, clock } = setup();
    clock.advance(123_450, () => {});
    const up = fs.readFile("/proc/uptime");
    expect(up.ok && up.value).toMatch(/^123\.45 \d+\.\d\d\n$/);
    const dev = fs.readFile("/proc/net/dev");
    expect(dev.ok && dev.value.split("\n")[3]).toBe(
      "  eth0:    1234      10    0    0    0     0          0         0      567       5    0    0    0     0       0          0",
    );
    const v = fs.readFile("/proc/version");
    expect(v.ok && v.value).toMatch(/^Linux version 6\.1\.0-\d+-amd64 /);
    for (const f of ["/proc/loadavg", "/proc/mounts", "/proc/cpuinfo", "/proc/meminfo"]) {
      const r = fs.readFile(f);
      expect(r.ok && r.value.length).toBeGreaterThan(10);
    }
    const mem = fs.readFile("/proc/meminfo");
    expect(mem.ok && mem.value.split("\n")[0]).toBe("MemTotal:        2011960 kB");
  });
});

describe("/sys/class/net", () => {
  it("shows one directory per link with its attributes", () => {
    const { fs } = setup();
    const r = fs.readdir("/sys/class/net");
    expect(r.ok && r.value).toEqual(["eth0", "lo"]);
    const read = (p: string) => {
      const x = fs.readFile(p);
      return x.ok ? x.value : x.errno;
    };
    expect(read("/sys/class/net/eth0/address")).toBe("52:54:00:12:34:56\n");
    expect(read("/sys/class/net/eth0/mtu")).toBe("1500\n");
    expect(read("/sys/class/net/eth0/operstate")).toBe("down\n");
    expect(read("/sys/class/net/eth0/flags")).toBe("0x1002\n");
    expect(read("/sys/class/net/eth0/carrier")).toBe("EINVAL");
    expect(read("/sys/class/net/lo/flags")).toBe("0x9\n");
    expect(read("/sys/class/net/lo/operstate")).toBe("unknown\n");
    expect(read("/sys/class/net/lo/carrier")).toBe("1\n");
    expect(read("/sys/class/net/lo/ifindex")).toBe("1\n");
    expect(read("/sys/class/net/eth0/statistics/rx_bytes")).toBe("1234\n");
    expect(read("/sys/class/net/eth0/type")).toBe("1\n");
    // virtio_net's probe: carrier off, then on (the cable is plugged in); lo never changes
    expect(read("/sys/class/net/eth0/carrier_changes")).toBe("2\n");
    expect(read("/sys/class/net/lo/carrier_changes")).toBe("0\n");
  });

  it("refuses writes at open with EACCES", () => {
    const { fs } = setup();
    expect(errno(fs.writeFile("/sys/class/net/eth0/address", b("x")))).toBe("EACCES");
    const st = fs.stat("/sys/class/net/eth0/address");
    expect(st.ok && [st.value.size, st.value.mode]).toEqual([4096, 0o444]);
  });
});

describe("device nodes", () => {
  it("/dev/null swallows writes and reads as empty", () => {
    const clock = new Clock(newClockState());
    const kernel = new Kernel(kernelState(), clock);
    const state = newFsState();
    state.inodes[state.nextIno] = { type: "chardev", major: 1, minor: 3, mode: 0o666, uid: 0, gid: 0, mtime: 0, nlink: 1 };
    const dev = state.nextIno++;
    state.inodes[state.nextIno] = { type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0, nlink: 2, entries: { null: dev } };
    (state.inodes[state.rootIno] as { entries: Record<string, number> }).entries.dev = state.nextIno++;
    const fs = createVfs(state, { kernel, clock });
    expect(fs.writeFile("/dev/null", b("gone")).ok).toBe(true);
    const r = fs.readFile("/dev/null");
    expect(r.ok && r.value).toBe("");
    const st = fs.stat("/dev/null");
    expect(st.ok && [st.value.type, st.value.rdev]).toEqual(["chardev", { major: 1, minor: 3 }]);
  });
});
