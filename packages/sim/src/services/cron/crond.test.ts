/**
 * crond on the virtual clock: jobs run when time passes their minute, their
 * output is mailed (read back with `mail`) and each run is logged to
 * /var/log/syslog as Debian's cron logs it; the seed's advice (absolute
 * paths, cron's small PATH) holds visibly.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode, utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";

const MIDNIGHT_IN_MS = 15 * 3_600_000; // the world starts at 09:00 UTC

function lab() {
  const s = LabSession.create("single", 1);
  const run = (line: string) => s.run(undefined, line);
  const read = (path: string) => {
    const r = s.world.host(s.defaultHost)!.fs.readFile(path);
    return r.ok ? utf8Decode(r.value) : null;
  };
  return { s, run, read };
}

const BACKUP = "#!/bin/sh\necho backup done at $(date +%H:%M)\ndate +%F > /var/backups/last-run\n";

describe("crond", () => {
  it("runs a 0 0 * * * job once time passes midnight, logs it and mails its output", () => {
    const { s, run, read } = lab();
    run("mkdir -p /usr/sbin/scripts /var/backups");
    s.world.host(s.defaultHost)!.fs.writeFile("/usr/sbin/scripts/mysql_backup", utf8Encode(BACKUP));
    run("chmod 755 /usr/sbin/scripts/mysql_backup");
    run("echo '0 0 * * * /usr/sbin/scripts/mysql_backup' | crontab -");
    s.advance(MIDNIGHT_IN_MS - 60_000); // 23:59
    expect(read("/var/backups/last-run")).toBe(null);
    expect(run("mail").stderr).toBe("No mail for root\n");
    s.advance(60_000); // 00:00: due
    expect(read("/var/backups/last-run")).toBe("2026-12-01\n");
    expect(run("grep CRON /var/log/syslog").stdout).toMatch(
      /^2026-12-01T00:00:00\.000000\+00:00 host CRON\[\d+\]: \(root\) CMD \(\/usr\/sbin\/scripts\/mysql_backup\)$/m,
    );
    const mail = run("printf '1\\nq\\n' | mail").stdout;
    expect(mail).toContain('"/var/mail/root": 1 message 1 new\n>N  1 root@host          Tue Dec  1 00:00');
    expect(mail).toContain("Subject: Cron <root@host> /usr/sbin/scripts/mysql_backup\n");
    expect(mail).toContain("X-Cron-Env: <PATH=/usr/bin:/bin>\n");
    expect(mail).toContain("\n\nbackup done at 00:00\n");
    expect(mail).toContain("Saved 1 message in /root/mbox\n");
    // the next day, again, and only once
    s.advance(86_400_000);
    expect(run("grep -c mysql_backup /var/log/syslog").stdout).toBe("2\n");
  });

  it("reads the schedule in the local time /etc/localtime gives (cron runs without TZ)", () => {
    const { s, run, read } = lab();
    run("timedatectl set-timezone Asia/Tokyo"); // 09:00 UTC is 18:00 JST
    run("echo '0 0 * * * date > /tmp/ran' | crontab -");
    s.advance(6 * 3_600_000 - 60_000); // 14:59 UTC, 23:59 JST
    expect(read("/tmp/ran")).toBe(null);
    s.advance(60_000);
    expect(read("/tmp/ran")).toBe("Tue Dec  1 00:00:00 JST 2026\n");
  });

  it("makes a job with a relative path or a program outside cron's PATH fail visibly, in the mail and the log", () => {
    const { s, run, read } = lab();
    run("mkdir -p /usr/sbin/scripts; printf '#!/bin/sh\\necho ok\\n' > /usr/sbin/scripts/mysql_backup; chmod +x /usr/sbin/scripts/mysql_backup");
    // fine at the root prompt: /usr/sbin is in root's PATH...
    expect(run("cd /usr/sbin/scripts && ./mysql_backup && ifconfig lo | head -1").exit).toBe(0);
    run("printf '0 0 * * * mysql_backup\\n0 0 * * * ./mysql_backup\\n0 0 * * * ifconfig lo\\n' | crontab -");
    s.advance(MIDNIGHT_IN_MS);
    const syslog = read("/var/log/syslog")!;
    for (const cmd of ["mysql_backup", "./mysql_backup", "ifconfig lo"]) expect(syslog).toContain(`(root) CMD (${cmd})\n`);
    const mbox = read("/var/mail/root")!;
    expect(mbox.match(/^Subject: Cron <root@host> /gm)).toHaveLength(3);
    // dash's words, as in the real cron mail of fixtures/real-cron-mail.mbox
    expect(mbox).toContain("\n/bin/sh: 1: mysql_backup: not found\n");
    expect(mbox).toContain("\n/bin/sh: 1: ./mysql_backup: not found\n");
    expect(mbox).toContain("\n/bin/sh: 1: ifconfig: not found\n");
  });

  it("reads /etc/cron.d files with their user field, honours MAILTO and the % rule", () => {
    const { s, run, read } = lab();
    run("printf 'MAILTO=\"\"\\n*/30 * * * * root echo quiet >> /tmp/quiet\\n' > /etc/cron.d/quiet");
    run("printf '15 9 * * * root cat > /tmp/stdin-job%%line one%%line two\\n' > /etc/cron.d/stdin-job");
    run("printf '* * * * * root echo skipped\\n' > /etc/cron.d/skip.me");
    s.advance(20 * 60_000); // 09:00 -> 09:20
    expect(read("/tmp/stdin-job")).toBe("line one\nline two\n");
    expect(read("/tmp/quiet")).toBe(null);
    s.advance(10 * 60_000);
    expect(read("/tmp/quiet")).toBe("quiet\n");
    expect(read("/var/mail/root")).toBe(null);
    expect(read("/var/log/syslog")).not.toContain("skipped");
    expect(read("/var/log/syslog")).toContain("cron[612]: (*system*) RELOAD (/etc/cron.d/quiet)\n");
  });

  it("keeps its state in the world: a snapshot restored and advanced runs the same jobs", () => {
    const { s, run, read } = lab();
    // cron's % rule: \% is a plain %
    run("echo '*/7 * * * * date +\\%T >> /tmp/ticks' | crontab -");
    const copy = s.fork();
    s.advance(3_600_000);
    copy.advance(3_600_000);
    // 09:07, 09:14, ... 09:56, 10:00
    expect(read("/tmp/ticks")?.split("\n")).toEqual(["09:07:00", "09:14:00", "09:21:00", "09:28:00", "09:35:00", "09:42:00", "09:49:00", "09:56:00", "10:00:00", ""]);
    expect(copy.world.snapshot()).toEqual(s.world.snapshot());
  });

  it("lets a job sleep without turning the clock back", () => {
    const { s, run, read } = lab();
    run("echo '0 10 * * * sleep 300; date +\\%T > /tmp/woke' | crontab -");
    s.advance(2 * 3_600_000);
    expect(read("/tmp/woke")).toBe("10:05:00\n");
    expect(run("date +%T").stdout).toBe("11:00:00\n");
  });

  it("starts again after a reboot without running jobs twice", () => {
    const { s, run, read } = lab();
    run("echo '* * * * * echo tick >> /tmp/ticks' | crontab -");
    run("reboot");
    s.advance(5 * 60_000);
    const ticks = read("/tmp/ticks")!.split("\n").length - 1;
    // 20 s of reboot, then 5 minutes: one run a minute, never two
    expect(ticks).toBe(5);
    expect(read("/var/log/syslog")!.match(/\(CRON\) STARTUP \(fork ok\)/g)).toHaveLength(2);
  });
});
