/**
 * Test helpers for the MariaDB programs: a lab whose host has mariadb-server
 * and the fixture database loaded, and a reader for the recorded
 * transcripts in fixtures/ ("$ command", output, "[exit N]"). Pure (no Node
 * built-ins) so it type-checks with the core; the tests read the files.
 */
import { utf8Encode } from "../../bytes.js";
import { runCronJob } from "../../lab/daemons.js";
import { LabSession } from "../../lab/lab-session.js";
import { single } from "../../lab/labs/single.js";
import type { LabSpec } from "../../lab/types.js";

export const DB_LAB: LabSpec = {
  ...single,
  id: "mysql-test",
  title: "One host with MariaDB",
  hosts: [{ ...single.hosts[0], packages: ["mariadb-server"] }],
};

/** A lab with the fixture database loaded (and `test`, which the recording machine has). */
export function fixtureLab(setupSql: string): LabSession {
  const s = LabSession.create(DB_LAB);
  const host = s.world.host("host")!;
  host.fs.writeFile("/root/setup.sql", utf8Encode(setupSql));
  const r = s.run(undefined, "mysql < /root/setup.sql && mysql -e 'CREATE DATABASE test'");
  if (r.exit !== 0) throw new Error(`fixture setup failed: ${r.screen}`);
  return s;
}

export interface RecordedCase {
  command: string;
  output: string;
  exit: number;
}

export function parseRecording(text: string): RecordedCase[] {
  const cases: RecordedCase[] = [];
  let cur: RecordedCase | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("$ ")) {
      cur = { command: line.slice(2), output: "", exit: -1 };
      continue;
    }
    if (!cur) continue;
    const m = /^\[exit (\d+)\]$/.exec(line);
    if (m) {
      cur.exit = Number(m[1]);
      cases.push(cur);
      cur = undefined;
    } else cur.output += `${line}\n`;
  }
  return cases;
}

/**
 * Run a recorded case as the recorder did: piped (stdout and stderr to one
 * file, no terminal at all: record.sh ran without one, so `-p` read its
 * password from stdin) or on the terminal.
 */
export function runCase(lab: LabSession, command: string, mode: "pipe" | "tty"): { output: string; exit: number } {
  const s = lab.fork();
  if (mode === "tty") {
    const r = s.run(undefined, `cd /tmp; ${command}`);
    return { output: r.screen, exit: r.exit };
  }
  const host = s.world.host(s.defaultHost)!;
  const env = { HOME: "/root", PATH: "/usr/bin:/bin", USER: "root", LOGNAME: "root", SHELL: "/bin/sh" };
  // record.sh ran each case with bash -c
  const quoted = `'${command.replaceAll("'", "'\\''")}'`;
  const r = runCronJob(host, { user: "root", command: `cd /tmp; bash -c ${quoted}`, stdin: undefined, env, cwd: "/tmp" });
  return { output: r.output, exit: r.status };
}

/** what differs between runs of the real tools: timings and the dump date */
export function normalize(text: string): string {
  return text.replace(/\(\d+\.\d+ sec\)/g, "(0.000 sec)").replace(/^-- Dump completed on .*$/gm, "-- Dump completed on DATE");
}
