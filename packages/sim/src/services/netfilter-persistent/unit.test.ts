/**
 * netfilter-persistent.service under systemctl, as systemd 252 shows a
 * Type=oneshot, RemainAfterExit=yes unit on Debian 12 (the recording
 * machine runs no systemd: layouts follow systemctl-show.c of v252 and the
 * package's unit file): started at boot, active (exited); stop runs the
 * script's `stop` (no flush); restart reloads rules.v4; a failing
 * ExecStart leaves it failed; reload is refused; a reboot forgets it all.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import type { LabSpec } from "../../lab/types.js";

const RULES = "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n";
const HEAD =
  "netfilter-persistent.service - netfilter persistent configuration\n" +
  "     Loaded: loaded (/lib/systemd/system/netfilter-persistent.service; enabled; preset: enabled)\n" +
  "    Drop-In: /lib/systemd/system/netfilter-persistent.service.d\n" +
  "             └─iptables.conf\n";
const STARTING = "systemd[1]: Starting netfilter-persistent.service - netfilter persistent configuration...";
const FINISHED = "systemd[1]: Finished netfilter-persistent.service - netfilter persistent configuration.";
const runParts = (pid: string, verb: string) =>
  [15, 25].map((n) => `netfilter-persistent[${pid}]: run-parts: executing /usr/share/netfilter-persistent/plugins.d/${n}-ip${n === 15 ? 4 : 6}tables ${verb}`);

function lab(persistent = true): LabSpec {
  return {
    id: "fw",
    title: "fw",
    description: "a firewall host",
    hosts: [
      {
        name: "fw",
        interfaces: [{ name: "eth0", mac: "52:54:00:12:34:56", address: "192.168.1.10/24" }],
        ...(persistent ? { packages: ["iptables-persistent" as const] } : {}),
        files: { "/etc/iptables/rules.v4": RULES },
      },
    ],
  };
}

/** the pid of the Process line of `exec` in a status text */
function pidOf(status: string, exec: "ExecStart" | "ExecStop"): string {
  return new RegExp(`Process: (\\d+) ${exec}=`).exec(status)![1];
}

describe("netfilter-persistent.service", () => {
  it("is active (exited) after boot, with the run's journal lines", () => {
    const s = LabSession.create(lab());
    s.run("fw", "sleep 65");
    const r = s.run("fw", "systemctl status netfilter-persistent");
    expect(r.exit).toBe(0);
    const pid = pidOf(r.stdout, "ExecStart");
    expect(r.stdout).toBe(
      `● ${HEAD}` +
        "     Active: active (exited) since Mon 2026-11-30 09:00:00 UTC; 1min 5s ago\n" +
        "       Docs: man:netfilter-persistent(8)\n" +
        `    Process: ${pid} ExecStart=/usr/sbin/netfilter-persistent start (code=exited, status=0/SUCCESS)\n` +
        `   Main PID: ${pid} (code=exited, status=0/SUCCESS)\n` +
        "        CPU: 17ms\n\n" +
        [STARTING, ...runParts(pid, "start"), FINISHED].map((l) => `Nov 30 09:00:00 fw ${l}\n`).join(""),
    );
    expect(s.run("fw", "systemctl is-active netfilter-persistent").stdout).toBe("active\n");
    expect(s.run("fw", "systemctl is-enabled netfilter-persistent").stdout).toBe("enabled\n");
    expect(s.run("fw", "systemctl start netfilter-persistent")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    // starting an active oneshot runs nothing: the status is unchanged
    expect(s.run("fw", "systemctl status netfilter-persistent").stdout).toBe(r.stdout);
    // the drop-in's aliases, linked at install
    expect(s.run("fw", "systemctl status iptables").stdout).toBe(r.stdout);
    expect(s.run("fw", "systemctl is-enabled ip6tables.service").stdout).toBe("alias\n");
    expect(s.run("fw", "ls -l /etc/systemd/system/iptables.service").stdout).toMatch(/ \/etc\/systemd\/system\/iptables\.service -> \/lib\/systemd\/system\/netfilter-persistent\.service\n$/);
  });

  it("stop runs the script's stop: the rules stay, the unit is inactive with its Duration and both processes", () => {
    const s = LabSession.create(lab());
    s.run("fw", "sleep 65");
    expect(s.run("fw", "systemctl stop netfilter-persistent")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    s.run("fw", "sleep 2");
    const r = s.run("fw", "systemctl status netfilter-persistent");
    expect(r.exit).toBe(3);
    const start = pidOf(r.stdout, "ExecStart");
    const stop = pidOf(r.stdout, "ExecStop");
    expect(Number(stop)).toBeGreaterThan(Number(start));
    expect(r.stdout).toBe(
      `○ ${HEAD}` +
        "     Active: inactive (dead) since Mon 2026-11-30 09:01:05 UTC; 2s ago\n" +
        "   Duration: 1min 5s\n" +
        "       Docs: man:netfilter-persistent(8)\n" +
        `    Process: ${start} ExecStart=/usr/sbin/netfilter-persistent start (code=exited, status=0/SUCCESS)\n` +
        `    Process: ${stop} ExecStop=/usr/sbin/netfilter-persistent stop (code=exited, status=0/SUCCESS)\n` +
        `   Main PID: ${start} (code=exited, status=0/SUCCESS)\n` +
        "        CPU: 24ms\n\n" +
        [STARTING, ...runParts(start, "start"), FINISHED].map((l) => `Nov 30 09:00:00 fw ${l}\n`).join("") +
        [
          "systemd[1]: Stopping netfilter-persistent.service - netfilter persistent configuration...",
          `netfilter-persistent[${stop}]: Automatic flush disabled; use '/usr/sbin/netfilter-persistent flush'`,
          "systemd[1]: netfilter-persistent.service: Deactivated successfully.",
          "systemd[1]: Stopped netfilter-persistent.service - netfilter persistent configuration.",
        ]
          .map((l) => `Nov 30 09:01:05 fw ${l}\n`)
          .join(""),
    );
    expect(s.run("fw", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n");
    expect(s.run("fw", "systemctl is-active netfilter-persistent")).toMatchObject({ stdout: "inactive\n", exit: 3 });
  });

  it("restart loads rules.v4 again; status shows the journal from that start on", () => {
    const s = LabSession.create(lab());
    s.run("fw", "iptables -F; iptables -A INPUT -p icmp -j DROP");
    s.run("fw", "sleep 10");
    expect(s.run("fw", "service netfilter-persistent restart")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(s.run("fw", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n");
    const r = s.run("fw", "systemctl status netfilter-persistent");
    const pid = pidOf(r.stdout, "ExecStart");
    expect(r.stdout).not.toContain("ExecStop");
    expect(r.stdout.slice(r.stdout.indexOf("\n\n") + 2)).toBe([STARTING, ...runParts(pid, "start"), FINISHED].map((l) => `Nov 30 09:00:10 fw ${l}\n`).join(""));
    expect(r.stdout).toContain("     Active: active (exited) since Mon 2026-11-30 09:00:10 UTC; now\n");
  });

  it("service ... save runs the init script's action (recorded on Debian 12)", () => {
    const s = LabSession.create(lab());
    s.run("fw", "iptables -A INPUT -p icmp -j ACCEPT");
    const save = s.run("fw", "service netfilter-persistent save");
    expect(save).toMatchObject({
      stdout: "Saving netfilter rules...done.\n",
      stderr:
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/15-ip4tables save\n" +
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/25-ip6tables save\n",
      exit: 0,
    });
    expect(save.screen).toBe(`Saving netfilter rules...${save.stderr}done.\n`);
    expect(s.run("fw", "grep -c icmp /etc/iptables/rules.v4").stdout).toBe("1\n");
    // (flush runs the plugins' flush_rules, which needs sed: not simulated on this branch yet)
    expect(s.run("fw", "service netfilter-persistent bogus")).toMatchObject({
      stdout: "",
      stderr: "Usage: /etc/init.d/netfilter-persistent {start|restart|reload|force-reload|save|flush}\n",
      exit: 1,
    });
  });

  it("refuses reload (the unit has no ExecReload)", () => {
    const s = LabSession.create(lab());
    expect(s.run("fw", "systemctl reload netfilter-persistent")).toMatchObject({
      stderr: "Failed to reload netfilter-persistent.service: Job type reload is not applicable for unit netfilter-persistent.service.\n",
      exit: 1,
    });
  });

  it("shows a rejected rules.v4 in the journal, and fails when the plugin's restore fails", () => {
    const s = LabSession.create(lab());
    s.run("fw", "echo bogus >> /etc/iptables/rules.v4; iptables -F");
    // IPTABLES_TEST_RULESET=yes (Debian's default): the test load fails, nothing is loaded, the unit still succeeds
    expect(s.run("fw", "systemctl restart netfilter-persistent").exit).toBe(0);
    const tested = s.run("fw", "systemctl status netfilter-persistent").stdout;
    const pid0 = pidOf(tested, "ExecStart");
    expect(tested).toContain(
      `fw netfilter-persistent[${pid0}]: iptables-restore: line 7 failed\nNov 30 09:00:00 fw netfilter-persistent[${pid0}]: Error: IPv4 rules failed test load. New rules NOT loaded\n`,
    );
    expect(s.run("fw", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n");
    // without the test load, iptables-restore fails under `set -e` (after committing the table before the bad line): the plugin, run-parts and the script fail
    s.run("fw", "echo FLUSH_ON_STOP=0 > /etc/default/netfilter-persistent");
    const r = s.run("fw", "systemctl restart netfilter-persistent");
    expect(r).toMatchObject({
      stdout: "",
      stderr:
        "Job for netfilter-persistent.service failed because the control process exited with error code.\n" +
        'See "systemctl status netfilter-persistent.service" and "journalctl -xeu netfilter-persistent.service" for details.\n',
      exit: 1,
    });
    const st = s.run("fw", "systemctl status netfilter-persistent");
    expect(st.exit).toBe(3);
    expect(st.stdout.startsWith(`× ${HEAD}     Active: failed (Result: exit-code) since Mon 2026-11-30 09:00:00 UTC; now\n`)).toBe(true);
    const pid = pidOf(st.stdout, "ExecStart");
    expect(st.stdout).toContain(`    Process: ${pid} ExecStart=/usr/sbin/netfilter-persistent start (code=exited, status=1/FAILURE)\n   Main PID: ${pid} (code=exited, status=1/FAILURE)\n`);
    expect(st.stdout).toMatch(/systemd\[1\]: netfilter-persistent\.service: Main process exited, code=exited, status=1\/FAILURE\n.*Failed with result 'exit-code'\.\n.*systemd\[1\]: Failed to start netfilter-persistent\.service - netfilter persistent configuration\.\n$/);
    expect(s.run("fw", "systemctl is-active netfilter-persistent")).toMatchObject({ stdout: "failed\n", exit: 3 });
    expect(s.run("fw", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n");
  });

  it("starts again at boot; a disabled unit stays inactive after a reboot", () => {
    const s = LabSession.create(lab());
    s.run("fw", "systemctl stop netfilter-persistent");
    s.rebootHost("fw");
    expect(s.run("fw", "systemctl is-active netfilter-persistent").stdout).toBe("active\n");
    const st = s.run("fw", "systemctl status netfilter-persistent").stdout;
    expect(st).not.toContain("ExecStop");
    expect(s.run("fw", "systemctl disable netfilter-persistent").stderr).toContain('Removed "/etc/systemd/system/multi-user.target.wants/netfilter-persistent.service".\n');
    s.run("fw", "iptables -F");
    s.rebootHost("fw");
    const r = s.run("fw", "systemctl status netfilter-persistent");
    expect(r).toMatchObject({ exit: 3 });
    expect(r.stdout).toBe(
      `○ ${HEAD.replace("enabled; preset", "disabled; preset")}     Active: inactive (dead)\n       Docs: man:netfilter-persistent(8)\n`,
    );
    expect(s.run("fw", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n");
  });

  it("is unknown without the iptables-persistent package", () => {
    const s = LabSession.create(lab(false));
    expect(s.run("fw", "systemctl status netfilter-persistent")).toMatchObject({ stderr: "Unit netfilter-persistent.service could not be found.\n", exit: 4 });
    expect(s.world.host("fw")!.state.services?.netfilterPersistent).toBeUndefined();
  });
});
