/**
 * One command line of a lesson, timed alone: for finding out where a slow
 * line's time goes. The exercise's reference solution is run up to the line
 * (matched exactly), then the line runs N times, each on a fork of that
 * world, each in its own task as in the page; prints wall and CPU medians.
 * Profile it as it ships:
 *
 *   EX=mysql-backup-nightly LINE='sleep 15h' N=400 \
 *     bash content/bench/run-bundled.sh content/bench/one-line.ts --cpu-prof --cpu-prof-dir=/tmp/prof
 *
 * A tool for the people tuning the simulation; `npm run bench` does not run it.
 */
import { performance } from "node:perf_hooks";
import { entriesFromLines, listExercises, startExercise } from "../src/index.js";
import { getSolutions } from "../src/solutions.js";

const exId = process.env.EX ?? "";
const wanted = process.env.LINE ?? "";
const runs = Number(process.env.N ?? 300);
const ex = listExercises().find((e) => e.id === exId);
const solution = ex && getSolutions(ex.id);
if (!ex || !solution) throw new Error(`EX: no exercise with a reference solution named "${exId}"`);
const lines = entriesFromLines(ex, solution.reference).filter((e) => !("advance" in e)) as { host: string; line: string }[];
const at = lines.findIndex((e) => e.line === wanted);
if (at < 0) throw new Error(`LINE: not a line of ${exId}'s reference solution: ${lines.map((l) => JSON.stringify(l.line)).join(", ")}`);

const before = startExercise(ex);
for (const e of lines.slice(0, at)) before.run(e.host, e.line);
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const lab = before.fork();
  await new Promise((resolve) => setImmediate(resolve));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  lab.run(lines[at].host, lines[at].line);
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`${exId}: ${wanted}  (${runs} runs)`);
console.log(`  wall median ${q(wall, 0.5).toFixed(3)} ms, p90 ${q(wall, 0.9).toFixed(3)} ms; CPU median ${q(cpu, 0.5).toFixed(3)} ms`);
