/**
 * ps against procps-ng 4.0.2 on Debian 12 (fixtures/record-ps.sh). The
 * recording machine runs other processes than a lab host, so the fixtures
 * are compared where they are facts about ps itself: error texts and exit
 * statuses exactly; each recorded row laid out again from its own cells
 * (column placement, padding, overflow, the cut at the line width); and the
 * width rules. Then the simulated host's table: what runs, with the pids
 * systemctl, syslog and ss give.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { AUX_START, type Column, FIELDS, lastColumnStart, layoutLine } from "./ps-format.js";
import { columnsOf, lineWidth, parseFormat } from "./ps.js";

interface Case {
  args: string;
  env: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "ps.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case);
const find = (args: string, env = "") => {
  const c = cases.find((x) => x.args === args && x.env === env);
  if (!c) throw new Error(`no recording of ps ${args} ${env}`);
  return c;
};

/** the two recorded processes' whole command lines */
const LONG = `bash -c sleep 1000; true ${"a".repeat(300)}`;
const SHORT = "sleep 1000";
const PID_WIDTH = 7; // pid_max 4194304

const bsdU = columnsOf({ custom: [], format: "u", bsdA: false, bsdX: false });
const sysvF = columnsOf({ custom: [], format: "f", bsdA: false, bsdX: false });
const plain = columnsOf({ custom: [], bsdA: false, bsdX: false });

/** a recorded row's cells: the first `n` blank-separated words, then the last column's whole text */
function cells(row: string, n: number, last: string): string[] {
  const words = row.trim().split(/\s+/).slice(0, n);
  return [...words, last];
}

function screenOf(env: string): number | undefined {
  const m = /COLUMNS=(\d+)/.exec(env);
  return m ? Number(m[1]) : undefined;
}

function relayout(columns: Column[], c: Case, last: string, w = 0, screen = screenOf(c.env)) {
  const lines = c.stdout.split("\n");
  const width = lineWidth(screen, w, lastColumnStart(columns, PID_WIDTH));
  return {
    header: layoutLine(columns, columns.map((col) => col.header), PID_WIDTH, width, true),
    row: layoutLine(columns, cells(lines[1], columns.length - 1, last), PID_WIDTH, width),
    lines,
  };
}

describe("ps: layout as procps lays out a line", () => {
  const rows: [string, Column[], string][] = [
    ["u -p PID", bsdU, LONG],
    ["u -p MPID", bsdU, SHORT],
    ["-f -p PID", sysvF, LONG],
    ["-f -p MPID", sysvF, SHORT],
    ["-p PID", plain, "bash"],
    ["-o user,pid,ppid,uid,tty,time,stime,start,vsz,rss,rsz,ni,pri,comm -p MPID", parseFormat("user,pid,ppid,uid,tty,time,stime,start,vsz,rss,rsz,ni,pri,comm"), "sleep"],
    ["-o uname,euser,ruser,%cpu,pcpu,pmem,etime,s -p MPID", parseFormat("uname,euser,ruser,%cpu,pcpu,pmem,etime,s"), "S"],
    ["-o etime,time,bsdtime,stime,bsdstart -p 1", parseFormat("etime,time,bsdtime,stime,bsdstart"), ""],
    ["-o comm=Name,pid=Id -p PID", parseFormat("comm=Name,pid=Id"), ""],
    ["-p PID,MPID -o pid,user", parseFormat("pid,user"), "root"],
  ];
  for (const [args, columns, last] of rows)
    it(`ps ${args}`, () => {
      const c = find(args);
      const lines = c.stdout.split("\n");
      // the last column of some rows is their last word
      const lastCell = last === "" ? lines[1].trim().split(/\s+/).pop()! : last;
      const r = relayout(columns, c, lastCell);
      expect(r.header).toBe(r.lines[0]);
      expect(r.row).toBe(r.lines[1]);
    });

  it("a user name wider than its column ends in + unless it is the last column", () => {
    const c = find("-p PID,MPID -o pid,user");
    const cols = parseFormat("pid,user");
    const row = c.stdout.split("\n")[2];
    expect(layoutLine(cols, [row.trim().split(" ")[0], "messagebus"], PID_WIDTH, Infinity)).toBe(row);
    expect(relayout(bsdU, find("u -p MPID"), SHORT).row.startsWith("message+ ")).toBe(true);
  });

  it("a command line not in the last column is cut to its 27 characters", () => {
    for (const [args, fmt, text] of [["-o args,pid -p PID", "args,pid", LONG], ["-o cmd,pid -p MPID", "cmd,pid", SHORT]]) {
      const c = find(args);
      const cols = parseFormat(fmt);
      const lines = c.stdout.split("\n");
      expect(layoutLine(cols, cols.map((x) => x.header), PID_WIDTH, Infinity, true)).toBe(lines[0]);
      expect(layoutLine(cols, [text, lines[1].trim().split(/\s+/).pop()!], PID_WIDTH, Infinity)).toBe(lines[1]);
    }
  });

  it("the full -o list: headers and a row", () => {
    const c = find("-o pid,ppid,user,comm,cmd,args,%cpu,%mem,stat,etime -p MPID");
    const cols = parseFormat("pid,ppid,user,comm,cmd,args,%cpu,%mem,stat,etime");
    const lines = c.stdout.split("\n");
    expect(layoutLine(cols, cols.map((x) => x.header), PID_WIDTH, Infinity, true)).toBe(lines[0]);
    const w = lines[1].trim().split(/\s+/);
    expect(layoutLine(cols, [w[0], w[1], "messagebus", w[3], SHORT, SHORT, w[8], w[9], w[10], w[11]], PID_WIDTH, Infinity)).toBe(lines[1]);
  });

  it("an empty header (pid=) prints no header line; one empty among others leaves its place", () => {
    expect(find("-o pid= -p PID").stdout.split("\n")).toHaveLength(2);
    const cols = parseFormat("pid,comm=");
    expect(layoutLine(cols, cols.map((x) => x.header), PID_WIDTH, Infinity, true)).toBe(find("-o pid,comm= -p PID").stdout.split("\n")[0]);
  });

  for (const env of ["COLUMNS=40", "COLUMNS=60", "COLUMNS=100"])
    for (const [args, columns, w] of [
      ["u -p PID", bsdU, 0],
      ["-f -p PID", sysvF, 0],
      ["-o pid,args -p PID", parseFormat("pid,args"), 0],
      ["uw -p PID", bsdU, 1],
      ["uww -p PID", bsdU, 2],
    ] as const)
      it(`cuts at the width: ${env} ps ${args}`, () => {
        const c = find(args, env);
        const r = relayout([...columns], c, LONG, w);
        expect(r.row).toBe(r.lines[1]);
      });

  it("on a terminal of 80 columns, cuts there; -w gives 132", () => {
    const lines = find("tty:u,-f,uw,-o pid args,COLUMNS=100 u", "tty 80").stdout.split("\n");
    const at = (cols: Column[], w: number, screen: number, row: string) =>
      layoutLine(cols, cells(row, cols.length - 1, LONG), PID_WIDTH, lineWidth(screen, w, lastColumnStart(cols, PID_WIDTH)));
    expect(at(bsdU, 0, 80, lines[1])).toBe(lines[1]);
    expect(at(sysvF, 0, 80, lines[3])).toBe(lines[3]);
    expect(at(bsdU, 1, 80, lines[5])).toBe(lines[5]);
    expect(at(parseFormat("pid,args"), 0, 80, lines[7])).toBe(lines[7]);
    expect(at(bsdU, 0, 100, lines[9])).toBe(lines[9]);
  });

  it("a pipe gets whole command lines", () => {
    const r = relayout(bsdU, find("u -p PID"), LONG, 0, undefined);
    expect(r.row).toBe(r.lines[1]);
    expect(r.row.endsWith(LONG)).toBe(true);
  });

  it("the aux START column is five wide, bsdstart's six", () => {
    expect(AUX_START.width).toBe(5);
    expect(FIELDS.bsdstart.width).toBe(6);
  });
});

describe("ps: errors and fixed texts as procps prints them", () => {
  const fixed = cases.filter((c) => c.env === "" && !/PID/.test(c.args) && c.args !== "-p 99999999" && (c.stderr !== "" || /version|^-?V$|help/.test(c.args)));
  for (const c of fixed)
    it(`ps ${c.args}`, () => {
      const s = LabSession.create("single");
      expect(s.run("host", `ps ${c.args}`)).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });

  it("nothing selected: the header alone, status 1", () => {
    const s = LabSession.create("single");
    for (const args of ["-p 99999999", "-C nosuchcommand", "-u"])
      expect(s.run("host", `ps ${args}`)).toMatchObject({ stdout: find(args).stdout, exit: 1 });
  });
});

describe("ps on a lab host", () => {
  it("plain ps: the terminal's shell and ps itself", () => {
    const s = LabSession.create("single");
    const out = s.run("host", "ps").stdout.split("\n");
    expect(out[0]).toBe("    PID TTY          TIME CMD");
    expect(out[1]).toMatch(/^ +\d+ pts\/0    00:00:00 bash$/);
    expect(out[2]).toMatch(/^ +\d+ pts\/0    00:00:00 ps$/);
    expect(out).toHaveLength(4);
  });

  it("ps aux on db: init, cron, sshd and mariadbd with the pids the services report", () => {
    const s = LabSession.create("mysql-backup");
    const r = s.run("db", "ps aux | cat");
    expect(r.exit).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND");
    expect(lines[1]).toMatch(/^root           1  0\.\d  0\.5 167764 11892 \?        Ss   \d\d:\d\d   0:01 \/sbin\/init$/);
    expect(lines).toContainEqual(expect.stringMatching(/^root         612 .* \/usr\/sbin\/cron -f$/));
    const sshPid = /Main PID: (\d+)/.exec(s.run("db", "systemctl status ssh").stdout)![1];
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^root +${sshPid} .* sshd: /usr/sbin/sshd -D \\[listener\\] 0 of 10-100 startups$`)));
    const dbPid = /Main PID: (\d+)/.exec(s.run("db", "systemctl status mariadb").stdout)![1];
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^mysql +${dbPid} .* Ssl .* /usr/sbin/mariadbd$`)));
    expect(lines).toContainEqual(expect.stringMatching(/^root +\d+ .* pts\/0    Ss .* -bash$/));
    // ps itself, newest but for the other stage of its pipeline
    expect(lines[lines.length - 3]).toMatch(/^root +\d+ .* pts\/0    R\+ .* ps aux$/);
    expect(lines[lines.length - 2]).toMatch(/^root +\d+ .* pts\/0    S\+ .* cat$/);
    expect(lines[lines.length - 1]).toBe("");
  });

  it("ps aux | grep cron lists the grep too, as the stages run together on a real system", () => {
    const s = LabSession.create("mysql-backup");
    const out = s.run("db", "ps aux | grep cron").stdout.split("\n");
    expect(out[0]).toMatch(/^root         612 .* \/usr\/sbin\/cron -f$/);
    const [ps, grep] = [/^(\d+)$/.exec(s.run("db", "ps -o pid= -C ps").stdout.trim()), /^root +(\d+) .* pts\/0    S\+ .* grep cron$/.exec(out[1])];
    expect(ps).not.toBeNull();
    expect(grep).not.toBeNull();
    expect(out).toHaveLength(3);
    expect(s.run("db", "ps aux | grep [c]ron").stdout.split("\n")).toHaveLength(2);
    expect(s.run("db", "echo $$; ps -o pid=,ppid=,args=").stdout).toMatch(/^1234\n   1234    1221 -bash\n +\d+    1234 ps -o pid=,ppid=,args=\n$/);
  });

  it("agrees with cron's pid file and ss -p", () => {
    const s = LabSession.create("mysql-backup");
    expect(s.run("db", "cat /run/crond.pid").stdout).toBe("612\n");
    const ssPid = /pid=(\d+)/.exec(s.run("db", "ss -ltnp | grep :22").stdout)?.[1];
    expect(ssPid).toBeDefined();
    expect(s.run("db", `ps -p ${ssPid} -o comm=`).stdout).toBe("sshd\n");
  });

  it("follows systemctl: a stopped service is gone, its restart has a new pid", () => {
    const s = LabSession.create("mysql-backup");
    s.run("db", "systemctl stop mariadb");
    expect(s.run("db", "ps -C mariadbd")).toMatchObject({ stdout: "    PID TTY          TIME CMD\n", exit: 1 });
    s.run("db", "systemctl stop ssh");
    const ps = s.run("db", "ps -ef | cat").stdout;
    expect(ps).not.toContain("[listener]");
    // the learner's own ssh session lives on, now a child of init
    expect(ps).toMatch(/^root +1221 +1 .* sshd: root@pts\/0$/m);
    s.run("db", "systemctl start mariadb");
    const pid = /Main PID: (\d+)/.exec(s.run("db", "systemctl status mariadb").stdout)![1];
    expect(s.run("db", "ps -C mariadbd -o pid=").stdout.trim()).toBe(pid);
  });

  it("cuts lines at the terminal's width, and prints them whole into a pipe", () => {
    const s = LabSession.create("mysql-backup");
    const tty = s.run("db", "ps -ef").stdout.split("\n");
    expect(Math.max(...tty.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(tty).toContainEqual(expect.stringMatching(/ 00:00:00 \/usr\/bin\/dbus-daemon --syste$/));
    expect(s.run("db", "ps -ef | grep dbus").stdout).toContain("/usr/bin/dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only\n");
    expect(s.run("db", "COLUMNS=100 ps -ef | grep dbus").stdout.split("\n")[0]).toHaveLength(100);
  });

  it("-e, -A, -p, -C, -u, -o and --sort", () => {
    const s = LabSession.create("mysql-backup");
    expect(s.run("db", "ps -e | head -3").stdout).toBe("    PID TTY          TIME CMD\n      1 ?        00:00:01 systemd\n      2 ?        00:00:00 kthreadd\n");
    expect(s.run("db", "ps -A | wc -l").stdout).toBe(s.run("db", "ps -e | wc -l").stdout);
    expect(s.run("db", "ps -p 1,612 -o pid,user,comm").stdout).toBe("    PID USER     COMMAND\n      1 root     systemd\n    612 root     cron\n");
    expect(s.run("db", "ps -u mysql -o user,comm --no-headers").stdout).toBe("mysql    mariadbd\n");
    expect(s.run("db", "ps -u messagebus -o user=,comm=").stdout).toBe("message+ dbus-daemon\n");
    expect(s.run("db", "ps -C cron,agetty -o pid,tty,stat,args").stdout).toBe(
      "    PID TT       STAT COMMAND\n    612 ?        Ss   /usr/sbin/cron -f\n    664 tty1     Ss+  /sbin/agetty -o -p -- \\u --noclear - linux\n",
    );
    expect(s.run("db", "ps aux --sort=-rss | head -2 | tail -1").stdout).toMatch(/^mysql .* \/usr\/sbin\/mariadbd\n$/);
    expect(s.run("db", "ps -aux | head -1").stdout).toBe("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n");
    expect(s.run("db", "ps x | head -1").stdout).toBe("    PID TTY      STAT   TIME COMMAND\n");
  });

  it("start times and elapsed time come from the boot and the virtual clock", () => {
    const s = LabSession.create("single");
    s.run("host", "sleep 3725");
    expect(s.run("host", "ps -p 1 -o etime=,stime=").stdout).toBe("   01:02:05 09:00\n");
    s.run("host", "sleep 86400");
    expect(s.run("host", "ps -p 1 -o etime=,stime=,start=").stdout).toBe(" 1-01:02:05 Nov30   Nov 30\n");
  });

  it("is the same on every replay: no randomness, no wall clock", () => {
    const a = LabSession.create("mysql-backup").run("db", "ps aux").stdout;
    const b = LabSession.create("mysql-backup").run("db", "ps aux").stdout;
    expect(a).toBe(b);
  });
});
