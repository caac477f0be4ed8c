/**
 * Writing to /proc and /sys from the shell, as on Debian 12 (recorded with
 * bash 5.2 and procps 4.0.2 as root; bash -c's "bash: line 1: " prefix is the
 * login shell's "-bash: " here): a proc file without a write handler opens
 * and its write(2) fails (EIO); a read-only sysctl or sysfs attribute does
 * not open (EACCES); a sysctl that does not parse fails the write (EINVAL).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

const RECORDED: [line: string, stderr: string, status: number][] = [
  ["echo hi > /proc/version", "-bash: echo: write error: Input/output error\n", 1],
  ["echo hi >> /proc/version", "-bash: echo: write error: Input/output error\n", 1],
  ["echo hi > /proc/cpuinfo", "-bash: echo: write error: Input/output error\n", 1],
  ["printf x > /proc/version", "-bash: printf: write error: Input/output error\n", 1],
  ["cat /etc/hostname > /proc/version", "cat: write error: Input/output error\n", 1],
  ["echo hi > /proc/nosuch", "-bash: /proc/nosuch: No such file or directory\n", 1],
  ["echo 5 > /proc/sys/kernel/osrelease", "-bash: /proc/sys/kernel/osrelease: Permission denied\n", 1],
  ["echo hi > /sys/class/net/lo/address", "-bash: /sys/class/net/lo/address: Permission denied\n", 1],
  ["echo x > /proc/sys/net/ipv4/ip_forward", "-bash: echo: write error: Invalid argument\n", 1],
  ["sysctl -w kernel.osrelease=5", 'sysctl: setting key "kernel.osrelease": Invalid argument\n', 0],
  ["sysctl -w kernel.ostype=x", 'sysctl: setting key "kernel.ostype": Invalid argument\n', 0],
  ["sysctl -w net.ipv4.ip_forward=x kernel.osrelease=1", 'sysctl: setting key "net.ipv4.ip_forward": Invalid argument\nsysctl: setting key "kernel.osrelease": Invalid argument\n', 1],
];

describe("writes to /proc and /sys fail where Linux fails them", () => {
  const lab = LabSession.create("single");
  for (const [line, stderr, status] of RECORDED) {
    it(line, () => {
      const r = lab.run(undefined, line);
      expect({ stderr: r.stderr, status: r.exit }).toEqual({ stderr, status });
    });
  }

  it("read-only sysctls are mode 0444 and keep their value", () => {
    expect(lab.run(undefined, "ls -l /proc/sys/kernel/osrelease /proc/sys/kernel/ostype").stdout).toMatch(/^-r--r--r-- .* \/proc\/sys\/kernel\/osrelease\n-r--r--r-- .* \/proc\/sys\/kernel\/ostype\n$/);
    expect(lab.run(undefined, "cat /proc/sys/kernel/osrelease").stdout).toBe(lab.run(undefined, "uname -r").stdout);
  });

  it("a writable sysctl still takes a value through the shell", () => {
    expect(lab.run(undefined, "echo 1 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward").stdout).toBe("1\n");
  });
});
