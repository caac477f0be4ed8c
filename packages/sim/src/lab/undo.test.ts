/**
 * Undoing a line that has to wait (lab-session.ts, execLine): the lab goes
 * back to a copy taken up to UNDO_EVERY lines earlier and runs the lines
 * since then again. Whatever came before, on any host, a line undone leaves
 * the lab exactly as if it had not been typed, and the line then finishes as
 * it would have.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode } from "../bytes.js";
import { LabSession } from "./lab-session.js";

const TTY = { cols: 80, rows: 24, input: [] };

/** lines that change the world and both hosts' shells (cwd, variables, history, time) */
function before(n: number): { host: string; line: string }[] {
  const out: { host: string; line: string }[] = [];
  for (let i = 0; i < n; i++) {
    const host = i % 3 === 2 ? "backup" : "db";
    out.push({ host, line: i % 5 === 0 ? `cd /tmp; X${i}=v${i}; echo ${i} >> /root/log` : `mkdir -p /tmp/d${i} && touch /tmp/d${i}/f; sleep 1` });
  }
  return out;
}

/** JSON with every object's keys sorted (going back to a copy may list a state's keys in another order) */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

/** all a learner or grader could see of a lab: its world, both shells, its transcript */
function observe(lab: LabSession): string {
  const shells = ["db", "backup"].map((h) => lab.shell(h).state);
  return canonical([lab.world.copyState(), shells, lab.transcript.entries]);
}

/** equal, without printing two whole worlds when not */
function expectSame(a: string, b: string): void {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  expect(i === a.length && a.length === b.length ? "same" : `differ at ${i}: ${a.slice(i - 80, i + 80)} / ${b.slice(i - 80, i + 80)}`).toBe("same");
}

describe("a line that waits for keys is undone", () => {
  for (const n of [0, 1, 31, 32, 33, 70])
    it(`after ${n} lines on two hosts, as if never typed, and then finishes as it would have`, () => {
      const live = LabSession.create("mysql-backup");
      const reference = LabSession.create("mysql-backup");
      for (const l of before(n)) {
        live.runAtTerminal(l.host, l.line, TTY);
        reference.run(l.host, l.line);
      }
      // less waits for a key at a terminal
      const first = live.runAtTerminal("db", "less /etc/hosts", TTY);
      expect(first.state).toBe("waiting");
      expectSame(observe(live), observe(reference));
      // and again, with a key that is not enough
      expect(live.runAtTerminal("db", "less /etc/hosts", { ...TTY, input: [" "] }).state).toBe("waiting");
      expectSame(observe(live), observe(reference));
      // with q it finishes; the reference runs the same line with the same keys
      const done = live.runAtTerminal("db", "less /etc/hosts", { ...TTY, input: [" ", "q"] });
      expect(done.state).toBe("done");
      reference.run("db", "less /etc/hosts", { ...TTY, input: [" ", "q"] });
      expectSame(observe(live), observe(reference));
      const log = live.world.host("db")!.fs.readFile("/root/log");
      expect(log.ok ? utf8Decode(log.value) : "").toBe(before(n).filter((l) => l.host === "db" && l.line.includes(">> /root/log")).map((l) => `${l.line.split(" ")[4]}\n`).join(""));
    });
});
