/**
 * cron.service: systemctl's view of cron agrees with the process table, the
 * pid file and whether jobs run as time passes; disabling it keeps cron
 * down across a reboot.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

function lab() {
  const s = LabSession.create("single", 1);
  const run = (line: string) => s.run(undefined, line);
  return { s, run };
}

describe("cron.service", () => {
  it("is active and enabled after boot, with the daemon ps shows and the pid file names", () => {
    const { run } = lab();
    expect(run("systemctl is-active cron")).toMatchObject({ stdout: "active\n", exit: 0 });
    expect(run("systemctl is-enabled cron.service")).toMatchObject({ stdout: "enabled\n", exit: 0 });
    const status = run("systemctl status cron").stdout;
    expect(status).toMatch(/^● cron\.service - Regular background program processing daemon\n {5}Loaded: loaded \(\/lib\/systemd\/system\/cron\.service; enabled; preset: enabled\)\n {5}Active: active \(running\) since /);
    expect(status).toContain("       Docs: man:cron(8)\n   Main PID: 612 (cron)\n");
    expect(status).toContain("             └─612 /usr/sbin/cron -f\n");
    expect(run("cat /run/crond.pid").stdout).toBe("612\n");
    expect(run("pgrep -a cron").stdout).toBe("612 /usr/sbin/cron -f\n");
    expect(run("cat /lib/systemd/system/cron.service").stdout).toContain("ExecStart=/usr/sbin/cron -f $EXTRA_OPTS\n");
  });

  it("stop: no cron process, no pid file, and no job runs as time passes; start brings them back", () => {
    const { s, run } = lab();
    run("echo '* * * * * date >> /root/ticks' | crontab -");
    s.advance(120_000);
    const before = run("wc -l < /root/ticks").stdout;
    expect(Number(before)).toBeGreaterThan(0);
    expect(run("systemctl stop cron")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(run("systemctl is-active cron")).toMatchObject({ stdout: "inactive\n", exit: 3 });
    expect(run("systemctl status cron")).toMatchObject({ exit: 3 });
    expect(run("systemctl status cron").stdout).toContain("     Active: inactive (dead) since ");
    expect(run("pgrep cron")).toMatchObject({ stdout: "", exit: 1 });
    expect(run("ls /run/crond.pid").exit).toBe(2);
    s.advance(300_000);
    expect(run("wc -l < /root/ticks").stdout).toBe(before);
    run("systemctl start cron");
    expect(run("systemctl is-active cron").stdout).toBe("active\n");
    // started again after boot: a new pid, the same in the pid file, the process table and the status
    const pid = run("cat /run/crond.pid").stdout.trim();
    expect(Number(pid)).toBeGreaterThan(1234);
    expect(run("pgrep cron").stdout).toBe(`${pid}\n`);
    expect(run("systemctl status cron").stdout).toContain(`   Main PID: ${pid} (cron)\n`);
    s.advance(120_000);
    expect(Number(run("wc -l < /root/ticks").stdout)).toBe(Number(before) + 2);
    run("systemctl restart cron");
    expect(run("systemctl is-active cron").stdout).toBe("active\n");
  });

  it("killed with SIGTERM, it is inactive and runs no job; with SIGKILL, systemd starts it again with a new pid", () => {
    const { s, run } = lab();
    run("echo '* * * * * date >> /root/ticks' | crontab -");
    expect(run("kill $(cat /run/crond.pid)").exit).toBe(0);
    expect(run("systemctl is-active cron")).toMatchObject({ stdout: "inactive\n", exit: 3 });
    const status = run("systemctl status cron").stdout;
    expect(status).toContain("   Main PID: 612 (code=killed, signal=TERM)\n");
    expect(status).toContain("systemd[1]: cron.service: Deactivated successfully.\n");
    // cron has no handler for SIGTERM: the pid file stays, stale
    expect(run("cat /run/crond.pid").stdout).toBe("612\n");
    expect(run("pgrep cron").exit).toBe(1);
    s.advance(180_000);
    expect(run("cat /root/ticks").exit).toBe(1);

    expect(run("systemctl start cron").exit).toBe(0);
    const pid = Number(run("cat /run/crond.pid").stdout);
    expect(run("kill -9 $(cat /run/crond.pid)").exit).toBe(0);
    expect(run("systemctl is-active cron").stdout).toBe("activating\n");
    s.advance(1_000);
    expect(run("systemctl is-active cron").stdout).toBe("active\n");
    const again = Number(run("cat /run/crond.pid").stdout);
    expect(again).toBeGreaterThan(pid);
    expect(run("pgrep cron").stdout).toBe(`${again}\n`);
    expect(run("systemctl status cron").stdout).toContain("cron.service: Main process exited, code=killed, status=9/KILL\n");
    s.advance(120_000);
    expect(Number(run("wc -l < /root/ticks").stdout)).toBeGreaterThan(0);
  });

  it("disabled, it does not start at boot; enabled again, it does", () => {
    const { run } = lab();
    expect(run("systemctl disable cron").exit).toBe(0);
    expect(run("systemctl is-enabled cron")).toMatchObject({ stdout: "disabled\n", exit: 1 });
    run("reboot");
    expect(run("systemctl is-active cron").stdout).toBe("inactive\n");
    expect(run("pgrep cron").exit).toBe(1);
    run("systemctl enable cron");
    run("reboot");
    expect(run("systemctl is-active cron").stdout).toBe("active\n");
  });
});
