/**
 * Signals to a lab host's processes: a daemon's main process ends as the
 * daemon and systemd 252 make it end (services/systemd/main-exit.ts), pids
 * the table does not hold are ESRCH, processes only listed take the signal.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

const line = (text: string, start: string) => text.split("\n").find((l) => l.trimStart().startsWith(start));

describe("kill to a daemon's main process", () => {
  it("SIGTERM: sshd logs it, unlinks its pid file and exits 0; systemd calls that clean and leaves ssh inactive", () => {
    const s = LabSession.create("mysql-backup");
    const pid = s.run("db", "cat /run/sshd.pid").stdout.trim();
    expect(s.run("db", "systemctl status ssh").stdout).toContain(`Main PID: ${pid} (sshd)`);
    s.advance(61_000);
    expect(s.run("db", `kill ${pid}`)).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    const st = s.run("db", "systemctl status ssh");
    expect(st.exit).toBe(3);
    expect(st.stdout.split("\n")[0]).toBe("○ ssh.service - OpenBSD Secure Shell server");
    expect(line(st.stdout, "Active:")).toMatch(/^ {5}Active: inactive \(dead\) since .*; now$/);
    expect(line(st.stdout, "Duration:")).toBe("   Duration: 1min 1s");
    expect(line(st.stdout, "Process:")).toBe(`    Process: ${pid} ExecStart=/usr/sbin/sshd -D $SSHD_OPTS (code=exited, status=0/SUCCESS)`);
    expect(line(st.stdout, "Main PID:")).toBe(`   Main PID: ${pid} (code=exited, status=0/SUCCESS)`);
    expect(st.stdout).toContain(`db sshd[${pid}]: Received signal 15; terminating.\n`);
    expect(st.stdout).toMatch(/db systemd\[1\]: ssh.service: Deactivated successfully.\n$/);
    expect(s.run("db", "cat /run/sshd.pid").exit).toBe(1);
    expect(s.run("db", `ps -p ${pid}`).exit).toBe(1);
    expect(s.run("db", "ss -tln").stdout).not.toContain(":22 ");
    // a second kill finds nothing
    expect(s.run("db", `kill ${pid}`)).toMatchObject({ stderr: `-bash: kill: (${pid}) - No such process\n`, exit: 1 });
  });

  it("SIGKILL: a failure (Result: signal); Restart=on-failure starts ssh again after RestartSec=100ms with a new pid", () => {
    const s = LabSession.create("mysql-backup");
    const pid = s.run("db", "cat /run/sshd.pid").stdout.trim();
    s.run("db", `kill -9 ${pid}`);
    const dying = s.run("db", "systemctl status ssh").stdout;
    expect(line(dying, "Active:")).toMatch(/^ {5}Active: activating \(auto-restart\) \(Result: signal\) since /);
    expect(line(dying, "Main PID:")).toBe(`   Main PID: ${pid} (code=killed, signal=KILL)`);
    // killed outright: the pid file stays
    expect(s.run("db", "cat /run/sshd.pid").stdout).toBe(`${pid}\n`);
    s.advance(1_000);
    const st = s.run("db", "systemctl status ssh").stdout;
    const again = s.run("db", "cat /run/sshd.pid").stdout.trim();
    expect(again).not.toBe(pid);
    expect(line(st, "Active:")).toMatch(/^ {5}Active: active \(running\) since .*; 900ms ago$/);
    expect(line(st, "Main PID:")).toBe(`   Main PID: ${again} (sshd)`);
    const journal = st.split("\n\n")[1].split("\n").map((l) => l.replace(/^\w+ \d+ [\d:]+ db /, ""));
    expect(journal.slice(2)).toEqual([
      "systemd[1]: ssh.service: Main process exited, code=killed, status=9/KILL",
      "systemd[1]: ssh.service: Failed with result 'signal'.",
      "systemd[1]: ssh.service: Scheduled restart job, restart counter is at 1.",
      "systemd[1]: Stopped ssh.service - OpenBSD Secure Shell server.",
      "systemd[1]: Starting ssh.service - OpenBSD Secure Shell server...",
      "systemd[1]: Started ssh.service - OpenBSD Secure Shell server.",
      "",
    ]);
  });

  it("SIGQUIT: sshd exits 255, which RestartPreventExitStatus= keeps from restarting: failed", () => {
    const s = LabSession.create("mysql-backup");
    const pid = s.run("db", "cat /run/sshd.pid").stdout.trim();
    s.run("db", `kill -QUIT ${pid}`);
    s.advance(10_000);
    const st = s.run("db", "systemctl status ssh").stdout;
    expect(st.split("\n")[0]).toBe("× ssh.service - OpenBSD Secure Shell server");
    expect(line(st, "Active:")).toMatch(/^ {5}Active: failed \(Result: exit-code\) since .*; 10s ago$/);
    expect(line(st, "Main PID:")).toBe(`   Main PID: ${pid} (code=exited, status=255/EXCEPTION)`);
    // systemctl start clears it
    s.run("db", "systemctl start ssh");
    expect(s.run("db", "systemctl status ssh").stdout).not.toContain("EXCEPTION");
  });

  it("mariadbd: SIGTERM is a clean shutdown; SIGKILL restarts it after RestartSec=5s (Restart=on-abort)", () => {
    const s = LabSession.create("mysql-backup");
    const pid = s.run("db", "pidof mariadbd").stdout.trim();
    s.run("db", `kill -KILL ${pid}`);
    expect(s.run("db", "pidof mariadbd").exit).toBe(1);
    s.advance(4_900);
    expect(s.run("db", "pidof mariadbd").exit).toBe(1);
    s.advance(100);
    const again = s.run("db", "pidof mariadbd").stdout.trim();
    expect(again).toMatch(/^\d+$/);
    s.run("db", `kill ${again}`);
    s.advance(10_000);
    expect(s.run("db", "pidof mariadbd").exit).toBe(1);
    expect(line(s.run("db", "systemctl status mariadb").stdout, "Active:")).toMatch(/^ {5}Active: inactive \(dead\)/);
  });

  it("signals a daemon takes in its stride leave it running; kill -0 only asks", () => {
    const s = LabSession.create("mysql-backup");
    const pid = s.run("db", "cat /run/sshd.pid").stdout.trim();
    for (const sig of ["HUP", "WINCH", "CHLD", "0"]) expect(s.run("db", `kill -${sig} ${pid}`).exit).toBe(0);
    expect(s.run("db", "systemctl is-active ssh").stdout).toBe("active\n");
    expect(s.run("db", "kill -0 99999")).toMatchObject({ stderr: "-bash: kill: (99999) - No such process\n", exit: 1 });
  });
});

describe("kill to cron", () => {
  it("SIGTERM ends cron for this boot: gone from ps, its jobs no longer run, its stale pid file stays", () => {
    const s = LabSession.create("mysql-backup");
    s.run("db", "echo '* * * * * root date >> /tmp/ticks' > /etc/cron.d/tick");
    s.advance(120_000);
    const before = s.run("db", "wc -l < /tmp/ticks").stdout;
    expect(Number(before)).toBeGreaterThan(0);
    expect(s.run("db", "kill -HUP $(cat /run/crond.pid); pgrep -x cron").stdout).toBe("612\n");
    expect(s.run("db", "kill $(cat /run/crond.pid)")).toMatchObject({ stderr: "", exit: 0 });
    expect(s.run("db", "pgrep -x cron").exit).toBe(1);
    expect(s.run("db", "cat /run/crond.pid").stdout).toBe("612\n");
    s.advance(180_000);
    expect(s.run("db", "wc -l < /tmp/ticks").stdout).toBe(before);
    expect(s.run("db", "kill 612")).toMatchObject({ stderr: "-bash: kill: (612) - No such process\n", exit: 1 });
    s.rebootHost("db");
    expect(s.run("db", "pgrep -x cron").stdout).toBe("612\n");
  });
});
