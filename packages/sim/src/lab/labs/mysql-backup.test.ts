/**
 * The mysql-backup lab and the seed's backup script on it, with the real
 * programs (mysqldump, tar, scp, mail, cron) rather than stand-ins: by hand,
 * for chosen tables, from cron at midnight, failing visibly when the backup
 * host is down or the crontab names it without its path, and the CGI lines
 * that the lesson removes.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode } from "../../bytes.js";
import { World } from "../../world/world.js";
import { LabSession } from "../lab-session.js";

const SCRIPT = "/usr/sbin/scripts/mysql_backup";

function lab() {
  const s = LabSession.create("mysql-backup");
  const read = (host: string, path: string) => {
    const r = s.world.host(host)!.fs.readFile(path);
    return r.ok ? utf8Decode(r.value) : null;
  };
  return { s, read };
}

describe("the mysql-backup lab", () => {
  it("has the databases, the script (executable), and a key login from db to backup", () => {
    const { s } = lab();
    expect(s.run("db", "mysql -N -e 'SELECT COUNT(*) FROM shop.orders' | cat").stdout).toBe("7\n");
    expect(s.run("db", `ls -l ${SCRIPT}`).stdout).toMatch(/^-rwxr-xr-x 1 root root \d+ Nov 30 09:00 \/usr\/sbin\/scripts\/mysql_backup\n$/);
    expect(s.run("db", "stat -c '%a' /root/.ssh /root/.ssh/id_ed25519").stdout).toBe("700\n600\n");
    const pub = s.run("db", "cat /root/.ssh/id_ed25519.pub").stdout;
    expect(s.run("backup", "cat /root/.ssh/authorized_keys").stdout).toBe(pub);
    expect(s.run("backup", "systemctl is-active ssh").stdout).toBe("active\n");
  });

  it("backs up by hand: the archive here and on backup, a log line, a report by mail", () => {
    const { s, read } = lab();
    const r = s.run("db", SCRIPT);
    expect(r.exit).toBe(0);
    expect(r.stdout).toBe(
      "2026-11-30 09:00:00 saved shop in /var/backups/mysql/shop_2026-11-30_0900.tar.gz\n" +
        "2026-11-30 09:00:00 copied /var/backups/mysql/shop_2026-11-30_0900.tar.gz to root@backup:/srv/backups/\n",
    );
    expect(s.run("db", "tar -tzf /var/backups/mysql/shop_2026-11-30_0900.tar.gz").stdout).toBe("shop.sql\n");
    const here = s.run("db", "md5sum < /var/backups/mysql/shop_2026-11-30_0900.tar.gz").stdout;
    expect(s.run("backup", "md5sum < /srv/backups/shop_2026-11-30_0900.tar.gz").stdout).toBe(here);
    expect(read("db", "/var/log/mysql_backup.log")).toBe(r.stdout);
    expect(read("db", "/var/mail/root")).toMatch(/^Subject: mysql_backup on db: OK$/m);
    // the dump inside restores
    s.run("db", "mysql -e 'DROP DATABASE shop; CREATE DATABASE shop'");
    s.run("db", "tar -xzOf /var/backups/mysql/shop_2026-11-30_0900.tar.gz | mysql shop");
    expect(s.run("db", "mysql -N -e 'SELECT COUNT(*) FROM shop.customers' | cat").stdout).toBe("5\n");
  });

  it("takes a database and chosen tables as arguments, or from /etc/default/mysql_backup", () => {
    const { s } = lab();
    s.run("db", `${SCRIPT} library books loans`);
    expect(s.run("db", "tar -xzOf /var/backups/mysql/library_2026-11-30_0900.tar.gz | grep '^CREATE TABLE'").stdout).toBe(
      "CREATE TABLE `books` (\nCREATE TABLE `loans` (\n",
    );
    s.run("db", "echo 'DATABASES=\"clinic garage\"' > /etc/default/mysql_backup");
    s.run("db", SCRIPT);
    expect(s.run("backup", "ls -1 /srv/backups").stdout).toBe(
      "README\nclinic_2026-11-30_0900.tar.gz\ngarage_2026-11-30_0900.tar.gz\nlibrary_2026-11-30_0900.tar.gz\n",
    );
  });

  it("reports FAILED, by mail and status, when the backup host cannot be reached", () => {
    const { s, read } = lab();
    s.run("backup", "systemctl stop ssh");
    const r = s.run("db", SCRIPT);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe("ssh: connect to host backup port 22: Connection refused\r\nscp: Connection closed\r\n");
    expect(r.stdout).toContain("FAILED: scp /var/backups/mysql/shop_2026-11-30_0900.tar.gz root@backup:/srv/backups/\n");
    expect(read("db", "/var/mail/root")).toMatch(/^Subject: mysql_backup on db: FAILED$/m);
  });

  it("runs from cron at midnight when named by its path; named without it, cron's mail says not found", () => {
    const { s, read } = lab();
    s.run("db", `printf '0 0 * * * ${SCRIPT}\\n0 0 * * * mysql_backup\\n' | crontab -`);
    s.run("db", "sleep 15h");
    expect(s.run("backup", "ls -1 /srv/backups").stdout).toBe("README\nshop_2026-12-01_0000.tar.gz\n");
    const mail = read("db", "/var/mail/root")!;
    expect(mail).toMatch(/^Subject: mysql_backup on db: OK$/m);
    expect(mail).toMatch(/^Subject: Cron <root@db> mysql_backup\n[\s\S]*\n\/bin\/sh: 1: mysql_backup: not found\n/m);
  });

  it("answers a web request and backs up what the address names until its CGI lines are gone", () => {
    const { s } = lab();
    const cgi = `GATEWAY_INTERFACE=CGI/1.1 QUERY_STRING=db=mysql ${SCRIPT} 2>/dev/null | head -n 1`;
    expect(s.run("db", cgi).stdout).toBe("Content-Type: text/plain\n");
    expect(s.run("db", "ls /var/backups/mysql").stdout).toContain("mysql_2026-11-30_0900.tar.gz");
    s.run("db", `grep -v 'GATEWAY_INTERFACE\\|QUERY_STRING' ${SCRIPT} > /tmp/s && cat /tmp/s > ${SCRIPT}`);
    s.run("db", "rm /var/backups/mysql/mysql_*");
    // no answer for a browser (and, its output not being a terminal, no log on the screen either)
    expect(s.run("db", cgi).stdout).toBe("");
    expect(s.run("db", "ls /var/backups/mysql").stdout).toBe("shop_2026-11-30_0900.tar.gz\n");
  });
});

describe("the mysql-backup lab, replayed", () => {
  it("a transcript with scp, cron, the monitor and a restore replays to a byte-identical world and screen", () => {
    const s = LabSession.create("mysql-backup", 3);
    const results = [
      s.run("db", "mysql", { cols: 80, rows: 24, input: ["use shop\r", "delete from orders where id > 5;\r", "exit\r"] }),
      s.run("db", `echo '0 0 * * * ${SCRIPT}' | crontab -`),
      s.run("db", "sleep 15h"),
      s.run("db", "scp backup:/srv/backups/shop_2026-12-01_0000.tar.gz /root/", { cols: 80, rows: 24, input: [] }),
      s.run("backup", "ls -l /srv/backups; tail -n 1 /var/log/auth.log"),
    ];
    s.advance(60_000);
    const { session, outputs } = LabSession.replay(structuredClone(s.transcript));
    expect(outputs.map((o) => o.screen)).toEqual(results.map((r) => r.screen));
    const snap = JSON.stringify(s.world.snapshot());
    expect(JSON.stringify(session.world.snapshot())).toBe(snap);
    expect(JSON.stringify(World.restore(JSON.parse(snap)).snapshot())).toBe(snap);
  });
});
