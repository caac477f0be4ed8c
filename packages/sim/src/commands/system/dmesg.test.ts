/**
 * dmesg against the real util-linux 2.38.1 (fixtures/dmesg/, made by
 * rec.sh): the recorded layouts re-run in the simulation on the same
 * records.raw with the same command line (the host booted at the recording
 * machine's boot time, so -T, -e and iso print the same wall clock), the
 * usage errors, and what a non-root user gets. Then the kernel's own log:
 * boot lines, LOG target lines at their levels, clearing, permissions, and
 * stamps that count from the last boot.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { utf8Decode, utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { EPOCH_MS } from "../../world/clock.js";
import { type Fixture, parseFixture } from "../net/test-support.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures/dmesg");
const RECORDS = readFileSync(join(DIR, "records.raw"), "utf8");

function fixtures(prefix: string): [string, Fixture][] {
  return readdirSync(DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".txt"))
    .map((f) => [f.slice(prefix.length, -4), parseFixture(readFileSync(join(DIR, f), "utf8"))]);
}

/** the recording machine's boot time, from iso.txt's first record (stamped 0): "2026-11-30T15:44:40,000000+00:00" */
function recordedBootMs(): number {
  const iso = fixtures("layout.").find(([n]) => n === "iso")![1].stdout;
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d),(\d{6})\+00:00 /.exec(iso)!;
  const [y, mo, d, h, mi, s, us] = m.slice(1).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s) + us / 1000;
}

/** a host whose kernel booted when the recording machine's did, with records.raw in root's home */
function hostBootedLikeRecorder(): LabSession {
  const s = LabSession.create("single");
  const bootAt = recordedBootMs() - EPOCH_MS;
  expect(bootAt).toBeGreaterThan(0);
  s.world.advance(bootAt + 200_000_000);
  s.world.host("host")!.state.bootedAt = bootAt;
  s.world.host("host")!.fs.writeFile("/root/records.raw", utf8Encode(RECORDS));
  return s;
}

/** run with stdout to a file: the recordings went to a pipe, and at the simulation's terminal dmesg would colour */
function runToFile(s: LabSession, cmd: string): { stdout: string; stderr: string; exit: number } {
  const r = s.run("host", `${cmd} > /root/out`);
  const out = s.world.host("host")!.fs.readFile("/root/out");
  return { stdout: out.ok ? utf8Decode(out.value) : "", stderr: r.stderr, exit: r.exit };
}

describe("dmesg: the recorded layouts of util-linux 2.38.1", () => {
  const s = hostBootedLikeRecorder();
  for (const [name, f] of fixtures("layout.")) {
    it(name, () => expect(runToFile(s, f.command)).toEqual({ stdout: f.stdout, stderr: f.stderr, exit: f.status }));
  }

  it("colours by default on a terminal, as --color=always does", () => {
    const always = fixtures("layout.").find(([n]) => n === "color")![1];
    const r = s.run("host", "dmesg -F records.raw");
    expect(r.stdout).toBe(always.stdout);
    expect(r.stdout).toContain("\x1b[32m[   75.000050] \x1b[0m\x1b[1mIN=eth0");
  });
});

describe("dmesg: usage texts and errors", () => {
  const s = hostBootedLikeRecorder();
  for (const [name, f] of fixtures("usage.")) it(name, () => expect(runToFile(s, f.command)).toEqual({ stdout: f.stdout, stderr: f.stderr, exit: f.status }));
});

describe("dmesg: a non-root user with kernel.dmesg_restrict=1", () => {
  const s = LabSession.create("single");
  for (const [name, f] of fixtures("nonroot.")) {
    it(name, () => {
      // recorded with setpriv to nobody; a simulated process is who its USER says
      const r = s.run("host", f.command.replace("setpriv --reuid=65534 --regid=65534 --clear-groups ", "USER=nobody "));
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout: f.stdout, stderr: f.stderr, exit: f.status });
    });
  }

  it("reads the log once dmesg_restrict is 0, but still may not clear it", () => {
    const s2 = LabSession.create("single");
    s2.run("host", "sysctl -q kernel.dmesg_restrict=0");
    expect(s2.run("host", "USER=nobody dmesg | head -1").stdout).toMatch(/^\[ {4}0\.000000\] Linux version 6\.1\.0-28-amd64 /);
    expect(s2.run("host", "USER=nobody dmesg -c > /dev/null")).toMatchObject({ stderr: "dmesg: clear kernel buffer failed: Operation not permitted\n", exit: 1 });
    expect(s2.run("host", "dmesg | wc -l").stdout).not.toBe("0\n");
  });
});

describe("dmesg: the simulated kernel's log", () => {
  it("starts with the boot banner (notice) and the partition scan (info)", () => {
    const s = LabSession.create("single");
    const lines = s.run("host", "dmesg -x | head -2").stdout.split("\n");
    expect(lines[0]).toBe(
      "kern  :notice: [    0.000000] Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)",
    );
    expect(lines[1]).toMatch(/^kern {2}:info {2}: \[ {4}0\.000000\]  sda: sda1/);
    expect(s.run("host", "dmesg -u").stdout).toBe("");
    expect(s.run("host", "dmesg -k | wc -l").stdout).toBe(s.run("host", "dmesg | wc -l").stdout);
  });

  it("shows LOG lines at the rule's level, stamped since boot, and -T from the virtual wall clock", () => {
    const s = LabSession.create("single");
    s.run("host", "iptables -A OUTPUT -p icmp -j LOG --log-prefix 'OUT: '");
    s.run("host", "iptables -A OUTPUT -p icmp -j LOG --log-prefix 'INFO: ' --log-level info");
    s.run("host", "sleep 12");
    s.run("host", "ping -c 1 -W 1 192.168.1.1");
    const warn = s.run("host", "dmesg -l warn -x --color=never").stdout;
    expect(warn).toMatch(/^kern {2}:warn {2}: \[ {3}1[23]\.\d{6}\] OUT: IN= OUT=eth0 SRC=192\.168\.1\.10 DST=192\.168\.1\.1 LEN=84 /m);
    expect(warn).not.toContain("INFO: ");
    const info = s.run("host", "dmesg --level=info | grep INFO").stdout;
    expect(info).toMatch(/^\[ {3}1[23]\.\d{6}\] INFO: IN= OUT=eth0 /);
    // the host booted at virtual time 0: 2026-11-30 09:00:00 UTC, a Monday
    const stamp = Number(/^\[ *(\d+)\./.exec(info)![1]);
    expect(s.run("host", "dmesg -T | grep INFO").stdout).toMatch(new RegExp(`^\\[Mon Nov 30 09:00:${String(stamp).padStart(2, "0")} 2026\\] INFO: `));
    // rsyslog got the same lines
    expect(s.run("host", "grep -c 'OUT: IN=' /var/log/kern.log").stdout).toBe("1\n");
  });

  it("-C hides what was logged so far, -c prints then clears, new lines still come", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "dmesg -C")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(s.run("host", "dmesg").stdout).toBe("");
    s.run("host", "iptables -A INPUT -j MASQUERADE");
    const c = s.run("host", "dmesg -c -L=never");
    expect(c.stdout).toMatch(/^\[ +\d+\.\d{6}\] x_tables: ip_tables: MASQUERADE target: only valid in nat table, not filter\n$/);
    expect(s.run("host", "dmesg").stdout).toBe("");
    expect(s.run("host", "dmesg -r -l info").stdout).toBe("");
  });

  it("counts from the last boot: after a reboot the banner is at 0 again", () => {
    const s = LabSession.create("single");
    s.run("host", "sleep 100");
    s.rebootHost("host");
    const first = s.run("host", "dmesg -r | head -1").stdout;
    expect(first).toMatch(/^<5>\[ {4}0\.000000\] Linux version /);
    s.run("host", "sleep 5");
    s.run("host", "iptables -A INPUT -j MASQUERADE");
    expect(s.run("host", "dmesg -t -l info | tail -1").stdout).toBe("x_tables: ip_tables: MASQUERADE target: only valid in nat table, not filter\n");
    const last = s.run("host", "dmesg | tail -1").stdout;
    expect(Number(/^\[ *(\d+)\./.exec(last)![1])).toBeLessThan(60);
  });

  it("has a manual page", () => {
    const s = LabSession.create("single");
    const r = s.run("host", "man dmesg | head -4");
    expect(r.stdout).toBe("DMESG(1)                         User Commands                        DMESG(1)\n\nNAME\n       dmesg - print or control the kernel ring buffer\n");
  });

  it("says what it does not simulate", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "dmesg -w")).toMatchObject({ exit: 1, stderr: "dmesg: the simulation cannot wait for new kernel messages (--follow): run dmesg again later\n" });
  });
});
