/**
 * Simulation command latency over the lessons' transcripts: every reference
 * solution line is run at the prompt of a freshly started exercise, many
 * times; median and p99 per command line, budget p99 <= 1 ms. A benchmark,
 * not a test: it reports and never fails on a slow machine.
 */
import { performance } from "node:perf_hooks";
import { entriesFromLines, listExercises, startExercise } from "../src/index.js";
import { getSolutions } from "../src/solutions.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const samples: number[] = [];
let lines = 0;

for (let round = 0; round < ROUNDS + 10; round++) {
  for (const ex of listExercises()) {
    const sol = getSolutions(ex.id);
    if (!sol) continue;
    const session = startExercise(ex);
    for (const e of entriesFromLines(ex, sol.reference)) {
      if ("advance" in e) continue;
      const t0 = performance.now();
      session.run(e.host, e.line);
      const dt = performance.now() - t0;
      if (round >= 10) samples.push(dt); // the first rounds warm the JIT up
    }
  }
}
samples.sort((a, b) => a - b);
lines = samples.length;
const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
const rows = [
  ["sim command latency, median", `${q(0.5).toFixed(3)} ms`, ""],
  ["sim command latency, p99", `${q(0.99).toFixed(3)} ms`, "<= 1 ms", q(0.99) <= 1 ? "ok" : "OVER BUDGET"],
];
console.log(`sim latency over ${lines} command lines (${ROUNDS} rounds of every reference solution)`);
for (const r of rows) console.log(`  ${r[0].padEnd(32)} ${r[1].padStart(10)}  ${r[2] ?? ""} ${r[3] ?? ""}`);
