import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

// recorded on Debian 12 (procps-ng 4.0.2); the comparison harness (test-support/netns) checks the rest against the real tool
describe("sysctl", () => {
  it("reads, writes and refuses what the kernel refuses", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "sysctl net.ipv4.ip_forward")).toMatchObject({ stdout: "net.ipv4.ip_forward = 0\n", exit: 0 });
    expect(s.run("host", "sysctl -w net.ipv4.ip_forward=abc")).toMatchObject({ stderr: 'sysctl: setting key "net.ipv4.ip_forward": Invalid argument\n', exit: 1 });
    expect(s.run("host", "sysctl net.ipv4.foo")).toMatchObject({ stderr: "sysctl: cannot stat /proc/sys/net/ipv4/foo: No such file or directory\n", exit: 1 });
    expect(s.run("host", "sysctl -e net.ipv4.foo")).toMatchObject({ stderr: "", exit: 0 });
    expect(s.run("host", "sysctl net.ipv4.ip_forward=1")).toMatchObject({ stdout: "net.ipv4.ip_forward = 1\n", exit: 0 });
    expect(s.run("host", "cat /proc/sys/net/ipv4/ip_forward").stdout).toBe("1\n");
    expect(s.run("host", "echo x > /proc/sys/net/ipv4/ip_forward").stderr).toBe("-bash: echo: write error: Invalid argument\n");
  });

  it("-r takes an ERE, matched by the bounded machine (nested stars do not backtrack for ever)", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "sysctl -N -a -r '^net\\.ipv4\\.ip_forw[a-z]+$'")).toMatchObject({ stdout: "net.ipv4.ip_forward\n", exit: 0 });
    expect(s.run("host", "sysctl -N -a -r '^([a-z]*)*\\.hostname$'")).toMatchObject({ stdout: "kernel.hostname\n", exit: 0 });
  });

  it("loads files: syntax errors first, then the settings in order", () => {
    const s = LabSession.create("single");
    s.run("host", "printf 'net.ipv4.ip_forward = 1\\nbad\\nnet.ipv4.foo = 1\\n' > /root/t.conf");
    expect(s.run("host", "sysctl -p /root/t.conf")).toMatchObject({
      stdout: "net.ipv4.ip_forward = 1\n",
      stderr: "sysctl: /root/t.conf(2): invalid syntax, continuing...\nsysctl: cannot stat /proc/sys/net/ipv4/foo: No such file or directory\n",
      exit: 1,
    });
    expect(s.run("host", "sysctl -p /nope")).toMatchObject({ stderr: 'sysctl: cannot open "/nope": No such file or directory\n', exit: 1 });
  });

  it("--system announces Debian 12's files in procps's order", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "sysctl --system").stdout).toBe(
      "* Applying /usr/lib/sysctl.d/50-pid-max.conf ...\n* Applying /usr/lib/sysctl.d/99-protect-links.conf ...\n" +
        "* Applying /etc/sysctl.d/99-sysctl.conf ...\n* Applying /etc/sysctl.conf ...\n" +
        "kernel.pid_max = 4194304\nfs.protected_fifos = 1\nfs.protected_hardlinks = 1\nfs.protected_regular = 2\nfs.protected_symlinks = 1\n",
    );
  });

  it("-a lists every key, sorted by path component", () => {
    const s = LabSession.create("single");
    const keys = s.run("host", "sysctl -a").stdout.trim().split("\n").map((l) => l.split(" = ")[0]);
    expect(keys).toContain("net.ipv4.ip_forward");
    expect(keys.indexOf("net.ipv4.conf.all.forwarding")).toBeLessThan(keys.indexOf("net.ipv4.icmp_echo_ignore_all"));
  });
});
