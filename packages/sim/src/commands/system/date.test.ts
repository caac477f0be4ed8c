/**
 * date against GNU date 9.1: fixtures/date-*.jsonl were recorded on Debian 12
 * by fixtures/record-date.sh (`date -u -d @EPOCH ARGS`, C.UTF-8, TZ=UTC).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Case {
  epoch?: number;
  args: string;
  out: string;
}

const load = (f: string): Case[] =>
  readFileSync(join(import.meta.dirname, "fixtures", f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Case);

function runDate(s: LabSession, args: string): string {
  const r = s.run(undefined, `date -u ${args}`);
  return `${r.stdout}${r.stderr}rc=${r.exit}`;
}

describe("date matches GNU date 9.1", () => {
  const s = LabSession.create("single", 1);
  it.each(load("date-epochs.jsonl"))("date -u -d @$epoch $args", (c) => {
    expect(runDate(s, `-d @${c.epoch} ${c.args}`)).toBe(c.out);
  });
  it.each(load("date-misc.jsonl"))("date -u $args", (c) => {
    expect(runDate(s, c.args)).toBe(c.out);
  });
});

describe("date on the virtual clock", () => {
  it("shows the world's time and moves with sleep", () => {
    const s = LabSession.create("single", 1);
    expect(s.run(undefined, "date").stdout).toBe("Mon Nov 30 09:00:00 UTC 2026\n");
    s.run(undefined, "sleep 15h");
    expect(s.run(undefined, "date +%F_%T").stdout).toBe("2026-12-01_00:00:00\n");
    expect(s.run(undefined, "date -d yesterday +%F").stdout).toBe("2026-11-30\n");
    expect(s.run(undefined, "date -d '2 hours ago' +%H:%M").stdout).toBe("22:00\n");
  });

  it("refuses to set the clock", () => {
    const s = LabSession.create("single", 1);
    const r = s.run(undefined, "date -s '2020-01-01'");
    expect(r.stderr).toBe("date: cannot set date: Operation not permitted\n");
    expect(r.exit).toBe(1);
  });
});
