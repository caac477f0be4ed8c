import { describe, expect, it } from "vitest";
import { Kernel } from "../kernel/kernel.js";
import type { KernelState } from "../kernel/state.js";
import { Clock, EPOCH_MS, newClockState } from "../world/clock.js";
import { civilToUnixMs, newDebianFs } from "./debian-tree.js";
import { createVfs } from "./vfs.js";

function debian() {
  const clock = new Clock(newClockState());
  const kernel = new Kernel({ hostname: "web1", nextIfindex: 1, links: [], addrs4: [], addrs6: [], routes: [], sysctl: {}, dmesg: [] } as KernelState, clock);
  const state = newDebianFs({ hostname: "web1", clock });
  return { fs: createVfs(state, { kernel, clock }), state };
}

const text = (r: { ok: boolean; value?: string }) => (r.ok ? r.value : undefined);

describe("newDebianFs", () => {
  it("has merged /usr", () => {
    const { fs } = debian();
    for (const [l, t] of [["/bin", "usr/bin"], ["/sbin", "usr/sbin"], ["/lib", "usr/lib"]]) {
      expect(text(fs.readlink(l))).toBe(t);
    }
    const sbin = fs.readdir("/sbin");
    expect(sbin.ok && sbin.value).toEqual(expect.arrayContaining(["ip", "iptables", "sysctl", "ifconfig", "route"]));
  });

  it("writes the host's name into /etc/hostname and /etc/hosts", () => {
    const { fs } = debian();
    expect(text(fs.readFile("/etc/hostname"))).toBe("web1\n");
    const hosts = text(fs.readFile("/etc/hosts"))!;
    expect(hosts.split("\n").slice(0, 2)).toEqual(["127.0.0.1\tlocalhost", "127.0.1.1\tweb1"]);
    expect(hosts).toContain("::1     localhost ip6-localhost ip6-loopback\n");
  });

  it("has Debian's account files with the right modes", () => {
    const { fs } = debian();
    expect(text(fs.readFile("/etc/passwd"))!.split("\n")[0]).toBe("root:x:0:0:root:/root:/bin/bash");
    const shadow = fs.stat("/etc/shadow");
    expect(shadow.ok && [shadow.value.mode, shadow.value.gid]).toEqual([0o640, 42]);
    expect(text(fs.readFile("/etc/group"))).toContain("\nshadow:x:42:\n");
    const tmp = fs.stat("/tmp");
    expect(tmp.ok && tmp.value.mode).toBe(0o1777);
    const root = fs.stat("/root");
    expect(root.ok && root.value.mode).toBe(0o700);
  });

  it("carries Debian 12's own texts", () => {
    const { fs } = debian();
    expect(text(fs.readFile("/etc/os-release"))).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"');
    expect(text(fs.readFile("/etc/debian_version"))).toMatch(/^12\.\d+\n$/);
    expect(text(fs.readFile("/etc/sysctl.conf"))).toContain("#net.ipv4.ip_forward=1");
    expect(text(fs.readFile("/etc/network/interfaces"))).toContain("source /etc/network/interfaces.d/*\n");
    expect(text(fs.readFile("/etc/network/interfaces"))).toContain("auto lo\niface lo inet loopback\n");
    expect(text(fs.readFile("/root/.bashrc"))).toContain("# alias ls='ls $LS_OPTIONS'");
    expect(text(fs.readFile("/etc/motd"))).toContain("ABSOLUTELY NO WARRANTY");
    expect(text(fs.readFile("/etc/crontab"))).toContain("run-parts --report /etc/cron.hourly");
    const crontabs = fs.stat("/var/spool/cron/crontabs");
    expect(crontabs.ok && crontabs.value.mode).toBe(0o1730);
  });

  it("leaves /proc and /sys as mount points and has /dev nodes", () => {
    const { fs } = debian();
    expect(fs.readdir("/proc/sys").ok).toBe(true);
    expect(fs.readdir("/sys/class/net").ok).toBe(true);
    const n = fs.stat("/dev/null");
    expect(n.ok && n.value.rdev).toEqual({ major: 1, minor: 3 });
    for (const d of ["/home", "/var/log", "/var/tmp", "/var/lib", "/var/backups", "/usr/share/doc", "/mnt", "/media", "/opt", "/srv", "/boot", "/run", "/etc/cron.d", "/etc/sysctl.d", "/etc/network/interfaces.d", "/etc/default"]) {
      const st = fs.stat(d);
      expect(st.ok && st.value.type, d).toBe("dir");
    }
  });

  it("is plain JSON", () => {
    const { state } = debian();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it("civilToUnixMs agrees with the clock epoch", () => {
    expect(civilToUnixMs(2026, 11, 30, 9, 0)).toBe(EPOCH_MS);
    expect(civilToUnixMs(1970, 1, 1)).toBe(0);
    expect(civilToUnixMs(2000, 3, 1)).toBe(951_868_800_000);
  });
});
