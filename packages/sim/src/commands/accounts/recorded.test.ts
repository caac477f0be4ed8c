/**
 * shadow 4.13's account tools against Debian 12 (fixtures/accounts.jsonl,
 * record-accounts.py): each recorded scenario is replayed on a fresh
 * `single` lab, whose databases are the ones the recording started from
 * (fixtures/base), and every step's output and status must match. The
 * recording's day count, date and hashes were written @DAY@, @DATE@ and
 * @HASH@; the simulation's are rewritten the same way. `ls -la` lines are
 * compared by mode, owner, group and name (the recording's /home was a
 * tmpfs, whose sizes and times differ), and a directory's size in `stat`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { EPOCH_MS } from "../../world/clock.js";
import { isoDate, today } from "./shadow-days.js";

interface Step {
  cmd: string;
  stdout?: string;
  stderr?: string;
  screen?: string;
  keys?: string[];
  exit: number;
}

const HERE = join(import.meta.dirname, "fixtures");
const load = (file: string) =>
  readFileSync(join(HERE, file), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { name: string; steps: Step[] });
/** each recording, and what its machine lacked that the simulated host has */
const RECORDINGS = [
  { title: "shadow's tools as recorded", scenarios: load("accounts.jsonl"), setup: [] as string[] },
  // adduser.jsonl (record-adduser.py): the recording machine had no cron, so deluser warned it skipped crontab removal
  { title: "adduser 3.134 as recorded", scenarios: load("adduser.jsonl"), setup: ["rm /usr/bin/crontab"] },
];

const DAY = String(today(EPOCH_MS));
const DATE = isoDate(today(EPOCH_MS));

function normalize(text: string, cmd: string): string {
  let t = text
    .replace(/\r\n/g, "\n")
    .replace(/\$y\$[./0-9A-Za-z]+\$[./0-9A-Za-z]+\$[./0-9A-Za-z]+/g, "@HASH@")
    .replaceAll(DAY, "@DAY@")
    .replaceAll(DATE, "@DATE@");
  if (cmd.startsWith("ls -la"))
    t = t
      .split("\n")
      .filter((l) => !l.startsWith("total "))
      .map((l) => {
        const f = l.split(/\s+/);
        return f.length >= 9 ? `${f[0]} ${f[2]} ${f[3]} ${f.slice(8).join(" ")}` : l;
      })
      .join("\n");
  if (cmd.startsWith("stat -c '%A %U %G %s")) t = t.replace(/^(d\S+ \S+ \S+) \d+/gm, "$1 SIZE");
  return t;
}

for (const { title, scenarios, setup } of RECORDINGS)
  describe(title, () => {
  for (const sc of scenarios)
    it(sc.name, () => {
      const s = LabSession.create("single");
      for (const cmd of setup) expect(s.run("host", cmd).exit, cmd).toBe(0);
      for (const step of sc.steps) {
        const input = step.keys?.map((k) => `${k}\r`);
        const r = input ? s.run("host", step.cmd, { cols: 80, rows: 24, input }) : s.run("host", step.cmd);
        const where = `${sc.name}: ${step.cmd}`;
        if (step.screen !== undefined) expect(normalize(r.screen, step.cmd), where).toBe(normalize(step.screen, step.cmd));
        else {
          expect(normalize(r.stdout, step.cmd), where).toBe(normalize(step.stdout!, step.cmd));
          expect(normalize(r.stderr, step.cmd), where).toBe(normalize(step.stderr!, step.cmd));
        }
        expect(r.exit, where).toBe(step.exit);
      }
    });
  });

describe("the recording's starting point", () => {
  it("is the simulated host's own databases", () => {
    const s = LabSession.create("single");
    for (const f of ["passwd", "group", "shadow", "gshadow"])
      expect(s.run("host", `cat /etc/${f}`).stdout, f).toBe(readFileSync(join(HERE, "base", f), "utf8"));
  });
});
