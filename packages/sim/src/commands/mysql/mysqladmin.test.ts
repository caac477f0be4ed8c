/**
 * mysqladmin beyond the recordings: uptime from the virtual clock, shutdown
 * as systemd sees it, option files, the drop question and password prompts
 * on a terminal, the name it runs as, its place in /usr/bin.
 */
import { describe, expect, it } from "vitest";
import { utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { adminTable, findCommand, niceTime } from "./admin-commands.js";
import { DB_LAB } from "./test-support.js";

const lab = () => LabSession.create(DB_LAB);
const write = (s: LabSession, path: string, text: string) => s.world.host("host")!.fs.writeFile(path, utf8Encode(text));

describe("status and version", () => {
  it("count uptime in virtual seconds and questions since the start (each connection one; version asks no query)", () => {
    const s = lab();
    s.run(undefined, "systemctl restart mariadb");
    s.run(undefined, "sleep 3725");
    s.run(undefined, "mysql -e 'SELECT 1; SELECT 2' > /dev/null");
    const st = s.run(undefined, "mysqladmin status");
    expect(st.stdout).toBe("Uptime: 3725  Threads: 1  Questions: 3  Slow queries: 0  Opens: 17  Open tables: 10  Queries per second avg: 0.000\n");
    const v = s.run(undefined, "mysqladmin version").stdout;
    expect(v).toContain("Server version\t\t10.11.19-MariaDB-0+deb12u1\nProtocol version\t10\nConnection\t\tLocalhost via UNIX socket\nUNIX socket\t\t/run/mysqld/mysqld.sock\n");
    expect(v).toMatch(/\nUptime:\t\t\t1 hour 2 min 5 sec\n\nThreads: 1 {2}Questions: 4 {2}Slow queries: 0 {2}Opens: 17 {2}Open tables: 10 {2}Queries per second avg: 0\.001\n$/);
  });

  it("repeat with -i every so many virtual seconds, -c times; the connection counts one question (recorded: status status, -i 1 -c 3 status)", () => {
    const s = lab();
    s.run(undefined, "systemctl restart mariadb");
    const line = (up: number, q: number) =>
      `Uptime: ${up}  Threads: 1  Questions: ${q}  Slow queries: 0  Opens: 17  Open tables: 10  Queries per second avg: ${up ? `${Math.floor(q / up)}.${String(Math.floor(((q * 1000) / up) % 1000)).padStart(3, "0")}` : "0.000"}\n`;
    expect(s.run(undefined, "mysqladmin status status").stdout).toBe(line(0, 1) + line(0, 1));
    expect(s.run(undefined, "mysqladmin -i 2 -c 3 status").stdout).toBe(line(0, 2) + line(2, 2) + line(4, 2));
    // -c without -i runs once; -i without -c stops after four turns as if interrupted
    expect(s.run(undefined, "mysqladmin -c 3 ping").stdout).toBe("mysqld is alive\n");
    expect(s.run(undefined, "mysqladmin -i 1 ping")).toMatchObject({ stdout: "mysqld is alive\n".repeat(4) + "^C", exit: 0 });
  });

  it("tell the time as nice_time does", () => {
    expect(niceTime(0)).toBe("0 sec");
    expect(niceTime(61)).toBe("1 min 1 sec");
    expect(niceTime(2 * 86400 + 3600 + 7)).toBe("2 days 1 hour 7 sec");
    expect(niceTime(86400 + 7200)).toBe("1 day 2 hours 0 sec");
  });

  it("print its own table layout, one space wider than the widest cell", () => {
    expect(adminTable(["Id", "db"], [["7", null]])).toBe("+----+----+\n| Id | db |\n+----+----+\n| 7  |    |\n+----+----+\n");
  });

  it("take unique prefixes only", () => {
    expect(findCommand("proc")).toBe("processlist");
    expect(findCommand("STATUS")).toBe("status");
    expect(findCommand("flush-p")).toBe("flush-privileges");
    expect(findCommand("flush")).toBeUndefined();
  });
});

describe("shutdown", () => {
  it("stops mariadbd cleanly: systemd shows it dead, clients cannot connect, no restart", () => {
    const s = lab();
    expect(s.run(undefined, "mysqladmin shutdown")).toMatchObject({ screen: "", exit: 0 });
    expect(s.run(undefined, "systemctl is-active mariadb")).toMatchObject({ stdout: "inactive\n", exit: 3 });
    expect(s.run(undefined, "systemctl status mariadb").stdout).toMatch(/Active: inactive \(dead\)/);
    s.run(undefined, "sleep 10");
    expect(s.run(undefined, "systemctl is-active mariadb").stdout).toBe("inactive\n");
    expect(s.run(undefined, "mysqladmin ping")).toMatchObject({
      stderr: "\x07mysqladmin: connect to server at 'localhost' failed\nerror: 'Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)'\nCheck that mariadbd is running and that the socket: '/run/mysqld/mysqld.sock' exists!\n",
      exit: 1,
    });
    expect(s.run(undefined, "systemctl start mariadb").exit).toBe(0);
    expect(s.run(undefined, "mysqladmin ping")).toMatchObject({ stdout: "mysqld is alive\n", exit: 0 });
  });

  it("is the last command: nothing after it runs", () => {
    const s = lab();
    expect(s.run(undefined, "mysqladmin shutdown create late")).toMatchObject({ screen: "", exit: 0 });
    s.run(undefined, "systemctl start mariadb");
    expect(s.run(undefined, "mysql -N -e \"SHOW DATABASES LIKE 'late'\" | wc -l").stdout).toBe("0\n");
  });
});

describe("option files", () => {
  it("read the user from ~/.my.cnf's [client] or [mysqladmin], the command line winning", () => {
    const s = lab();
    s.run(undefined, "mysql -e \"CREATE USER ann@localhost IDENTIFIED BY 'pw'\"");
    write(s, "/root/.my.cnf", "[client]\nuser = ann\npassword = \"pw\"\n");
    expect(s.run(undefined, "mysqladmin shutdown").stderr).toContain("'Access denied; you need (at least one of) the SHUTDOWN privilege(s) for this operation'");
    expect(s.run(undefined, "mysqladmin processlist").stdout).toContain("| ann  |");
    expect(s.run(undefined, "mysqladmin -u root processlist").stdout).toContain("| root |");
    expect(s.run(undefined, "mysqladmin --no-defaults ping")).toMatchObject({ stdout: "mysqld is alive\n", exit: 0 });
    write(s, "/root/.my.cnf", "[mysql]\nuser = ann\n");
    expect(s.run(undefined, "mysqladmin processlist").stdout).toContain("| root |");
  });

  it("take --defaults-file only first, and report what they do not know", () => {
    const s = lab();
    write(s, "/root/a.cnf", "[client]\nfoo=bar\n");
    expect(s.run(undefined, "mysqladmin --defaults-file=/root/a.cnf ping")).toMatchObject({ stderr: "mysqladmin: unknown variable 'foo=bar'\n", exit: 7 });
    expect(s.run(undefined, "mysqladmin ping --defaults-file=/root/a.cnf")).toMatchObject({ stderr: "mysqladmin: unknown variable 'defaults-file=/root/a.cnf'\n", exit: 7 });
    expect(s.run(undefined, "mysqladmin --defaults-file=/root/none.cnf ping")).toMatchObject({
      stderr: "Could not open required defaults file: /root/none.cnf\nFatal error in defaults handling. Program aborted\n",
      exit: 1,
    });
    write(s, "/root/b.cnf", "# mine\n[mariadb-admin]\nsocket=/tmp/x.sock\n");
    expect(s.run(undefined, "mysqladmin --defaults-file=/root/b.cnf ping").stderr).toContain("Check that mariadbd is running and that the socket: '/tmp/x.sock' exists!");
  });
});

describe("on a terminal", () => {
  it("asks before dropping and reads the answer typed", () => {
    const s = lab();
    s.run(undefined, "mysqladmin create gone");
    const r = s.run(undefined, "mysqladmin drop gone", { cols: 80, rows: 24, input: ["y\r"] });
    expect(r.screen).toContain("Do you really want to drop the 'gone' database [y/N] y\r\nDatabase \"gone\" dropped");
    expect(r.exit).toBe(0);
    s.run(undefined, "mysqladmin create kept");
    const n = s.run(undefined, "mysqladmin drop kept", { cols: 80, rows: 24, input: ["\r"] });
    expect(n.screen).toContain("OK, aborting database drop!");
    expect(n.exit).toBe(1);
    expect(s.run(undefined, "mysql -N -e \"SHOW DATABASES LIKE 'kept'\" | cat").stdout).toBe("kept\n");
  });

  it("asks for the new password twice without echo", () => {
    const s = lab();
    s.run(undefined, "mysql -e \"CREATE USER ann@localhost IDENTIFIED BY 'old'; GRANT SUPER ON *.* TO ann@localhost\"");
    const bad = s.run(undefined, "mysqladmin -u ann -pold password", { cols: 80, rows: 24, input: ["one\r", "two\r"] });
    expect(bad.screen).toContain("New password: \r\nConfirm new password: \r\n\x07mysqladmin: Passwords don't match");
    expect(bad.exit).toBe(1);
    const ok = s.run(undefined, "mysqladmin -u ann -pold password", { cols: 80, rows: 24, input: ["new\r", "new\r"] });
    expect(ok.exit).toBe(0);
    expect(s.run(undefined, "mysqladmin -u ann -pnew ping").stdout).toBe("mysqld is alive\n");
  });

  it("asks for a bare -p's password", () => {
    const s = lab();
    s.run(undefined, "mysql -e \"CREATE USER ann@localhost IDENTIFIED BY 'pw'\"");
    const r = s.run(undefined, "mysqladmin -u ann -p ping", { cols: 80, rows: 24, input: ["pw\r"] });
    expect(r.screen).toContain("Enter password: \r\nmysqld is alive");
  });
});

describe("names", () => {
  it("runs as mariadb-admin under its own name, and both are in /usr/bin", () => {
    const s = lab();
    expect(s.run(undefined, "mariadb-admin --version").stdout).toBe("mariadb-admin  Ver 10.0 Distrib 10.11.19-MariaDB, for debian-linux-gnu on x86_64\n");
    expect(s.run(undefined, "mariadb-admin foo").stderr).toBe("\x07mariadb-admin: Unknown command: 'foo'\n");
    expect(s.run(undefined, "readlink /usr/bin/mysqladmin").stdout).toBe("mariadb-admin\n");
    expect(s.run(undefined, "ls /usr/bin/mariadb-admin").exit).toBe(0);
    expect(s.run(undefined, "man mysqladmin | head -1").stdout).toMatch(/^MYSQLADMIN\(1\)/);
  });

  it("variables include what the sim's mysql shows", () => {
    const s = lab();
    expect(s.run(undefined, "mysqladmin variables | grep datadir").stdout).toMatch(/^\| datadir +\| \/var\/lib\/mysql\/ +\|\n$/);
  });
});
