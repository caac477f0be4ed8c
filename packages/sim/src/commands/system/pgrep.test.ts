/**
 * pgrep (procps-ng 4.0.2) and pidof (sysvinit-utils) against the real ones
 * on Debian 12 (fixtures/record-pgrep.sh, two copies of sleep named
 * rootlabprobe running). The output formats are replayed on the lab's own
 * processes; texts that do not depend on the process list are compared
 * exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Case {
  cmd: string;
  args: string[];
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "pgrep.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case);
const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

describe("pgrep and pidof: what does not depend on the process list", () => {
  // no rootlabprobe runs on a lab host: only the cases whose answer is the same without it
  const fixed = cases.filter((c) => c.stdout === "" || c.args.includes("-V"));
  for (const c of fixed)
    it(`${c.cmd} ${c.args.join(" ")}`, () => {
      const s = LabSession.create("single");
      const r = s.run("host", [c.cmd, ...c.args.map(quote)].join(" "));
      expect(r).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });
});

describe("pgrep and pidof on a lab host", () => {
  it("formats as recorded: pids one a line, -l with the name, -a with the command line, -c, -d", () => {
    const got = (args: string) => cases.find((c) => c.cmd === "pgrep" && c.args.join(" ") === args)!.stdout;
    // the recorded shapes
    expect(got("-l rootlabprobe")).toBe("PID1 rootlabprobe\nPID2 rootlabprobe\n");
    expect(got("-d, rootlabprobe")).toBe("PID1,PID2\n");
    const s = LabSession.create("mysql-backup");
    const ssh = /Main PID: (\d+)/.exec(s.run("db", "systemctl status ssh").stdout)![1];
    expect(s.run("db", "pgrep cron")).toMatchObject({ stdout: "612\n", exit: 0 });
    expect(s.run("db", "pgrep -l cron").stdout).toBe("612 cron\n");
    expect(s.run("db", "pgrep -a cron").stdout).toBe("612 /usr/sbin/cron -f\n");
    expect(s.run("db", "pgrep -x sshd").stdout).toBe(`${ssh}\n1221\n`.split("\n").filter(Boolean).sort((a, b) => +a - +b).join("\n") + "\n");
    expect(s.run("db", "pgrep -f 'sshd -D'").stdout).toBe(`${ssh}\n`);
    expect(s.run("db", "pgrep -c -u mysql").stdout).toBe("1\n");
    expect(s.run("db", "pgrep -d, -x 'cron|mariadbd'").stdout).toMatch(/^612,\d+\n$/);
    expect(s.run("db", "pgrep -x cro")).toMatchObject({ stdout: "", exit: 1 });
  });

  it("never lists itself", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "pgrep pgrep")).toMatchObject({ stdout: "", exit: 1 });
    expect(s.run("host", "pidof pidof")).toMatchObject({ stdout: "", exit: 1 });
  });

  it("pidof: newest first on one line, -s one only", () => {
    const pidof = cases.find((c) => c.cmd === "pidof" && c.args.join(" ") === "rootlabprobe")!;
    expect(pidof.stdout).toBe("PID2 PID1\n");
    const s = LabSession.create("mysql-backup");
    const ssh = /Main PID: (\d+)/.exec(s.run("db", "systemctl status ssh").stdout)![1];
    const pids = [Number(ssh), 1221].sort((a, b) => b - a);
    expect(s.run("db", "pidof sshd")).toMatchObject({ stdout: `${pids.join(" ")}\n`, exit: 0 });
    expect(s.run("db", "pidof -s sshd").stdout).toBe(`${pids[0]}\n`);
    expect(s.run("db", "pidof cron").stdout).toBe("612\n");
    s.run("db", "systemctl stop mariadb");
    expect(s.run("db", "pidof mariadbd")).toMatchObject({ stdout: "", exit: 1 });
    expect(s.run("db", "pgrep mariadbd")).toMatchObject({ stdout: "", exit: 1 });
  });
});
