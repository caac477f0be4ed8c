/**
 * The server as a daemon on a host and the clients' behaviour beyond the
 * recordings: systemctl/service, reboots, snapshots, passwords, restores.
 */
import { describe, expect, it } from "vitest";
import { runCronJob } from "../../lab/daemons.js";
import { utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { World } from "../../world/world.js";
import { DB_LAB } from "./test-support.js";

const lab = () => LabSession.create(DB_LAB);
const DOWN = "ERROR 2002 (HY000): Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)\n";

describe("mariadb.service", () => {
  it("stops and starts with systemctl and service, and clients see it", () => {
    const s = lab();
    expect(s.run(undefined, "systemctl is-active mysql")).toMatchObject({ stdout: "active\n", exit: 0 });
    expect(s.run(undefined, "systemctl stop mysql")).toMatchObject({ screen: "", exit: 0 });
    expect(s.run(undefined, "mysql -e 'SELECT 1'")).toMatchObject({ stderr: DOWN, exit: 1 });
    expect(s.run(undefined, "mysqldump --all-databases")).toMatchObject({
      stderr: `mysqldump: Got error: 2002: "Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)" when trying to connect\n`,
      exit: 2,
    });
    const st = s.run(undefined, "systemctl status mariadb");
    expect(st.exit).toBe(3);
    expect(st.stdout).toMatch(/^○ mariadb.service - MariaDB 10.11.19 database server\n {5}Loaded: loaded \(\/lib\/systemd\/system\/mariadb.service; enabled; preset: enabled\)\n {5}Active: inactive \(dead\) since /);
    expect(s.run(undefined, "service mysql start").exit).toBe(0);
    expect(s.run(undefined, "mysql -N -e 'SELECT 1' | cat")).toMatchObject({ stdout: "1\n", exit: 0 });
    expect(s.run(undefined, "service mysql status").stdout).toMatch(/Active: active \(running\)/);
    expect(s.run(undefined, "systemctl status nosuch")).toMatchObject({ stderr: "Unit nosuch.service could not be found.\n", exit: 4 });
    expect(s.run(undefined, "service nosuch start")).toMatchObject({ stderr: "nosuch: unrecognized service\n", exit: 1 });
  });

  it("enable/disable decide what a reboot starts; the data survives", () => {
    const s = lab();
    s.run(undefined, "mysql -e 'CREATE DATABASE keep; CREATE TABLE keep.t (n INT); INSERT INTO keep.t VALUES (7)'");
    expect(s.run(undefined, "systemctl enable mysql")).toMatchObject({
      stderr: "Failed to enable unit: Refusing to operate on alias name or linked unit file: mysql.service\n",
      exit: 1,
    });
    const dis = s.run(undefined, "systemctl disable mariadb");
    expect(dis.exit).toBe(0);
    expect(dis.stderr).toContain('Removed "/etc/systemd/system/multi-user.target.wants/mariadb.service".');
    s.run(undefined, "reboot");
    expect(s.run(undefined, "systemctl is-active mariadb")).toMatchObject({ stdout: "inactive\n", exit: 3 });
    expect(s.run(undefined, "mysql -e 'SELECT 1'").stderr).toBe(DOWN);
    s.run(undefined, "systemctl enable --now mariadb");
    expect(s.run(undefined, "mysql -N keep -e 'SELECT n FROM t' | cat").stdout).toBe("7\n");
    s.run(undefined, "reboot");
    expect(s.run(undefined, "mysql -N keep -e 'SELECT n FROM t' | cat").stdout).toBe("7\n");
  });

  it("keeps its data in the world snapshot", () => {
    const s = lab();
    s.run(undefined, "mysql -e 'CREATE DATABASE snap; CREATE TABLE snap.t (s VARCHAR(5)); INSERT INTO snap.t VALUES (\"x\")'");
    const json = JSON.parse(JSON.stringify(s.world.snapshot()));
    const w = World.restore(json);
    expect(w.host("host")!.state.services?.mysqld?.databases.snap.tables.t.rows).toEqual([["x"]]);
  });

  it("is absent on a host without mariadb-server", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "mysql -e 'SELECT 1'")).toMatchObject({ stderr: DOWN, exit: 1 });
    expect(s.run(undefined, "systemctl status mariadb").exit).toBe(4);
  });
});

describe("mysql client", () => {
  it("asks a bare -p's password on the terminal even when the statements come from a file", () => {
    const s = lab();
    s.run(undefined, "mysql -e \"CREATE USER 'nikesh'@'localhost' IDENTIFIED BY 'pw1'; CREATE DATABASE My_DB; GRANT ALL ON My_DB.* TO 'nikesh'@'localhost'\"");
    s.run(undefined, "echo 'SELECT DATABASE();' > /root/q.sql");
    const r = s.run(undefined, "mysql -u nikesh -p My_DB < /root/q.sql | cat", { cols: 80, rows: 24, input: ["pw1\r"] });
    expect(r).toMatchObject({ stdout: "DATABASE()\nMy_DB\n", exit: 0 });
    expect(r.screen).toBe("Enter password: \r\nDATABASE()\nMy_DB\n");
  });

  it("with no terminal at all, takes the first line of stdin as the password and loses the rest of its first 4096 bytes", () => {
    const s = lab();
    s.run(undefined, "mysql -e \"CREATE USER 'nikesh'@'localhost' IDENTIFIED BY 'secret'; CREATE DATABASE My_DB; GRANT ALL ON My_DB.* TO 'nikesh'@'localhost'\"");
    const host = s.world.host(s.defaultHost)!;
    const job = (command: string, stdin: string) =>
      runCronJob(host, { user: "root", command, stdin, env: { HOME: "/root", PATH: "/usr/bin:/bin", USER: "root" }, cwd: "/root" });
    // as recorded from the real client: "secret\n" and 500 statements of 10 bytes; the 91 after byte 4096 run
    const many = `secret\n${"SELECT 1;\n".repeat(500)}SELECT 3;\n`;
    const r = job("mysql -u nikesh -p -N My_DB", many);
    expect(r.status).toBe(0);
    expect(r.output).toBe(`Enter password: ${"1\n".repeat(91)}3\n`);
    expect(job("mysql -u nikesh -p My_DB", "bad\n").output).toBe(
      "Enter password: ERROR 1045 (28000): Access denied for user 'nikesh'@'localhost' (using password: YES)\n",
    );
  });

  it("on a terminal, asks for the password without echoing it, then opens the monitor", () => {
    const s = lab();
    s.run(undefined, "mysql -e \"CREATE USER 'nikesh'@'localhost' IDENTIFIED BY 'pw1'\"");
    const r = s.run(undefined, "mysql -u nikesh -p", { cols: 80, rows: 24, input: ["pw1\r", "select current_user();\r", "exit\r"] });
    expect(r.exit).toBe(0);
    expect(r.screen).not.toContain("pw1");
    expect(r.screen).toContain("Enter password: \r\n");
    expect(r.screen).toContain("| nikesh@localhost |");
    // a replay with no keys: the password prompt sees end of file, the login fails
    expect(s.run(undefined, "mysql -u nikesh -p").stderr).toBe(
      "Enter password: ERROR 1045 (28000): Access denied for user 'nikesh'@'localhost' (using password: NO)\n",
    );
  });

  it("with its output redirected but input on the terminal, reads typed statements in batch mode", () => {
    const s = lab();
    const r = s.run(undefined, "mysql -N > /root/out.txt", { cols: 80, rows: 24, input: ["select 6*7;\r", "\x04"] });
    expect(r.exit).toBe(0);
    expect(s.run(undefined, "cat /root/out.txt").stdout).toBe("42\n");
  });

  it("root logs in over the socket without a password (unix_socket), not over TCP", () => {
    const s = lab();
    expect(s.run(undefined, "mysql -N -e 'SELECT CURRENT_USER()' | cat").stdout).toBe("root@localhost\n");
    expect(s.run(undefined, "mysql -h 127.0.0.1 -e 'SELECT 1'").stderr).toBe(
      "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)\n",
    );
  });

  it("restores a dump: drop the table, load the file, the rows are back", () => {
    const s = lab();
    const host = s.world.host("host")!;
    host.fs.writeFile(
      "/root/seed.sql",
      utf8Encode("CREATE DATABASE My_DB;\nUSE My_DB;\nCREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v TEXT);\nINSERT INTO t (v) VALUES ('a'),('b\\n'),(NULL);\n"),
    );
    expect(s.run(undefined, "mysql < /root/seed.sql").exit).toBe(0);
    expect(s.run(undefined, "mysqldump My_DB > /root/backup.sql").exit).toBe(0);
    const before = s.run(undefined, "mysql -N My_DB -e 'SELECT * FROM t' | cat").stdout;
    s.run(undefined, "mysql -e 'DROP DATABASE My_DB'");
    expect(s.run(undefined, "mysql My_DB < /root/backup.sql")).toMatchObject({ stderr: "ERROR 1049 (42000): Unknown database 'My_DB'\n", exit: 1 });
    s.run(undefined, "mysql -e 'CREATE DATABASE My_DB'");
    expect(s.run(undefined, "mysql My_DB < /root/backup.sql").exit).toBe(0);
    expect(s.run(undefined, "cat /root/backup.sql | mysql My_DB").exit).toBe(0);
    expect(s.run(undefined, "mysql -N My_DB -e 'SELECT * FROM t' | cat").stdout).toBe(before);
    expect(before).toBe("1\ta\n2\tb\\n\n3\tNULL\n");
    expect(s.run(undefined, "mysql -N My_DB -e 'INSERT INTO t (v) VALUES (\"c\"); SELECT LAST_INSERT_ID()' | cat").stdout).toBe("4\n");
  });

  it("--all-databases with --add-drop-database recreates every user database", () => {
    const s = lab();
    s.run(undefined, "mysql -e 'CREATE DATABASE a1; CREATE TABLE a1.t (n INT); INSERT INTO a1.t VALUES (1); CREATE DATABASE b2'");
    s.run(undefined, "mysqldump --all-databases --add-drop-database > /root/all.sql");
    const dump = s.run(undefined, "cat /root/all.sql").stdout;
    expect(dump).toContain("-- Host: localhost    Database: \n");
    expect(dump).toContain("/*!40000 DROP DATABASE IF EXISTS `a1`*/;");
    expect(dump).toContain("CREATE DATABASE /*!32312 IF NOT EXISTS*/ `b2`");
    s.run(undefined, "mysql -e 'DROP DATABASE a1; DROP DATABASE b2'");
    expect(s.run(undefined, "mysql < /root/all.sql").exit).toBe(0);
    expect(s.run(undefined, "mysql -N -e 'SELECT n FROM a1.t; SHOW DATABASES LIKE \"b2\"' | cat").stdout).toBe("1\nb2\n");
  });
});

describe("program names", () => {
  it("mariadb and mariadb-dump are the same programs under MariaDB's names", () => {
    const s = lab();
    expect(s.run(undefined, "mariadb --foo")).toMatchObject({ stderr: "mariadb: unknown option '--foo'\n", exit: 2 });
    expect(s.run(undefined, "mariadb-dump --foo")).toMatchObject({ stderr: "mariadb-dump: unknown option '--foo'\n", exit: 2 });
    expect(s.run(undefined, "mysql --version").stdout).toBe(
      "mysql  Ver 15.1 Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64) using  EditLine wrapper\n",
    );
  });
});
