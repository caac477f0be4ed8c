/**
 * /usr/bin/kill against procps-ng 4.0.2's on Debian 12
 * (fixtures/kill.jsonl, record-kill.sh): usage, errors, the signal list and
 * table byte for byte; then signals to a lab's processes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Case {
  args: string[];
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "kill.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case);

describe("/usr/bin/kill as recorded", () => {
  for (const c of cases)
    it(`kill ${c.args.join(" ")}`, () => {
      const s = LabSession.create("single");
      const r = s.run("host", ["/usr/bin/kill", ...c.args].join(" "));
      expect(r).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });
});

describe("/usr/bin/kill on a lab host", () => {
  it("ends a background job: the shell reports it after the program", () => {
    const s = LabSession.create("single");
    const pid = /\[1\] (\d+)/.exec(s.run("host", "sleep 100 &").stderr)![1];
    const r = s.run("host", `/usr/bin/kill -9 ${pid}`);
    expect(r.exit).toBe(0);
    expect(r.stderr).toBe("[1]+  Killed                  sleep 100\n");
    expect(s.run("host", `ps -p ${pid} -o comm=`).exit).toBe(1);
  });
});
