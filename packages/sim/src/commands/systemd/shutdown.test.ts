/** shutdown, halt, poweroff, reboot: recorded help and errors, the machine powered off and on again, scheduling in virtual time, non-root. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/shutdown/${name}`, import.meta.url), "utf8");

function lab(lines: string[] = []) {
  const s = LabSession.create("single");
  for (const l of lines) s.run(undefined, l);
  return s;
}

describe("help and errors (recorded)", () => {
  it("prints each program's --help", () => {
    const s = lab();
    for (const p of ["shutdown", "halt", "poweroff", "reboot"]) {
      const r = s.run(undefined, `${p} --help`);
      expect(r.stdout).toBe(fixture(`${p}-help.txt`));
      expect(r.exit).toBe(0);
    }
  });

  it("answers bad options and time specs as systemd 252 does", () => {
    const blocks = fixture("errors.txt").split(/^\$ /m).filter(Boolean);
    expect(blocks.length).toBe(8);
    for (const b of blocks) {
      const [cmd, ...rest] = b.split("\n");
      const exit = Number(/\[exit (\d+)\]/.exec(b)![1]);
      const expected = rest.slice(0, rest.findIndex((l) => l.startsWith("[exit"))).join("\n");
      const s = lab();
      const r = s.run(undefined, cmd);
      expect(`${r.stdout}${r.stderr}`, cmd).toBe(expected ? `${expected}\n` : "");
      expect(r.exit, cmd).toBe(exit);
      expect(s.machineState("host")).toBe("linux");
    }
  });
});

describe("powering off", () => {
  for (const line of ["poweroff", "shutdown -h now", "shutdown now", "shutdown -P now"]) {
    it(`${line}: the machine is switched off until the console's reset`, () => {
      const s = lab();
      const r = s.run(undefined, line);
      expect(r.stdout).toMatch(/^\nBroadcast message from root@host on pts\/0 \(.* UTC\):\n\nThe system will power off now!\n\n\[ +\d+\.\d{6}\] reboot: Power down\n\n\[Rootlab console\] The machine is powered off\./);
      expect(s.machineState("host")).toBe("stopped");
      expect(s.prompt("host")).toBe("");
      // a line typed to the switched-off machine only reminds
      expect(s.run(undefined, "ls").stdout).toMatch(/^\n\[Rootlab console\] The machine is powered off\. Type reset/);
      const on = s.run(undefined, "reset");
      expect(on.stdout).toContain("host login: root (automatic login)");
      expect(s.machineState("host")).toBe("linux");
      expect(s.prompt("host")).toBe("root@host:~# ");
    });
  }

  it("halt stops the machine with the kernel's 'System halted'", () => {
    const s = lab();
    expect(s.run(undefined, "halt").stdout).toMatch(/The system will halt now!\n\n\[ +\d+\.\d{6}\] reboot: System halted\n\n\[Rootlab console\] The machine has halted\./);
    expect(s.world.host("host")!.state.machine).toEqual({ kind: "off", how: "halt" });
  });

  it("loses runtime state and keeps files across off and on", () => {
    const s = lab(["ip addr add 10.9.9.9/24 dev eth0", "echo kept > /root/f", "poweroff", "reset"]);
    expect(s.run(undefined, "ip addr show eth0").stdout).not.toContain("10.9.9.9");
    expect(s.run(undefined, "cat /root/f").stdout).toBe("kept\n");
  });

  it("shutdown -r now and -r +0 reboot", () => {
    const s = lab();
    expect(s.run(undefined, "shutdown -r now").stdout).toContain("The system will reboot now!");
    expect(s.machineState("host")).toBe("linux");
    const r = s.run(undefined, "shutdown -r +0");
    expect(r.stderr).toMatch(/^Reboot scheduled for \w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, use 'shutdown -c' to cancel\.\n$/);
    expect(r.stdout).toContain("host login: root (automatic login)");
  });
});

describe("scheduled shutdown", () => {
  it("shutdown +5 waits five virtual minutes, then powers off", () => {
    const s = lab();
    const r = s.run(undefined, "shutdown +5");
    expect(r.exit).toBe(0);
    expect(r.stderr).toBe("Shutdown scheduled for Mon 2026-11-30 09:05:00 UTC, use 'shutdown -c' to cancel.\n");
    expect(r.stdout).toBe("\nBroadcast message from root@host on pts/0 (Mon 2026-11-30 09:00:00 UTC):\n\nThe system will power off at Mon 2026-11-30 09:05:00 UTC!\n\n");
    expect(s.run(undefined, "shutdown --show").stderr).toBe("Shutdown scheduled for Mon 2026-11-30 09:05:00 UTC, use 'shutdown -c' to cancel.\n");
    s.advance(4 * 60_000);
    expect(s.machineState("host")).toBe("linux");
    s.advance(60_000);
    expect(s.machineState("host")).toBe("stopped");
  });

  it("shutdown -c cancels with logind's wall; --show then has nothing", () => {
    const s = lab(["shutdown -r 09:30 'back soon'"]);
    const c = s.run(undefined, "shutdown -c");
    expect(c.stdout).toMatch(/\n\nSystem shutdown has been cancelled\n\n$/);
    const show = s.run(undefined, "shutdown --show");
    expect([show.stderr, show.exit]).toEqual(["No scheduled shutdown.\n", 1]);
    s.advance(60 * 60_000);
    expect(s.machineState("host")).toBe("linux");
    expect(s.world.host("host")!.state.bootedAt).toBe(0);
  });

  it("HH:MM is the next such time; the wall carries the message; a later line sees it carried out", () => {
    const s = lab();
    const r = s.run(undefined, "shutdown -r 08:00 maintenance");
    expect(r.stderr).toBe("Reboot scheduled for Tue 2026-12-01 08:00:00 UTC, use 'shutdown -c' to cancel.\n");
    expect(r.stdout).toContain("maintenance\nThe system will reboot at Tue 2026-12-01 08:00:00 UTC!");
    const late = s.run(undefined, "sleep 86400");
    expect(late.stdout).toContain("The system will reboot now!");
    expect(s.world.host("host")!.state.bootedAt).toBeGreaterThan(0);
  });

  it("shutdown with no time is in one minute; -k only warns", () => {
    const s = lab();
    expect(s.run(undefined, "shutdown").stderr).toContain("09:01:00 UTC");
    s.run(undefined, "shutdown -c");
    const k = s.run(undefined, "shutdown -k +2");
    expect(k.stdout).toContain("The system will power off at");
    s.advance(5 * 60_000);
    expect(s.machineState("host")).toBe("linux");
  });
});

describe("not root", () => {
  it("is refused by logind", () => {
    const s = lab(["useradd -m alice", "su alice"]);
    expect(s.run(undefined, "poweroff").stderr).toBe("Call to PowerOff failed: Access denied\n");
    expect(s.run(undefined, "/sbin/halt").stderr).toBe("Call to Halt failed: Access denied\n");
    expect(s.run(undefined, "/sbin/shutdown -r now").stderr).toBe("Call to Reboot failed: Access denied\n");
    const later = s.run(undefined, "/sbin/shutdown +5");
    expect([later.stderr, later.exit]).toEqual(["Failed to schedule shutdown: Access denied\n", 1]);
    expect(s.run(undefined, "/sbin/shutdown -c").stderr).toBe("Failed to talk to logind, shutdown hasn't been cancelled: Access denied\n");
    expect(s.machineState("host")).toBe("linux");
  });
});
