import { performance } from "node:perf_hooks";
import { listExercises, startExercise } from "../src/index.js";
const ex = listExercises().find((e) => e.id === (process.env.EX ?? "mysql-backup-nightly"))!;
const lab0 = startExercise(ex);
for (const l of (process.env.SETUP ?? "").split("\n").filter(Boolean)) lab0.run(ex.lab.hosts?.[0]?.name ?? "db", l);
const line = process.env.LINE!;
const host = process.env.HOST ?? "db";
const wall: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 300); i++) {
  const lab = lab0.fork();
  await new Promise((r) => setImmediate(r));
  const t0 = performance.now();
  const out = lab.run(host, line);
  wall.push(performance.now() - t0);
  if (i === 0 && process.env.SHOW) console.log(JSON.stringify(out).slice(0, 400));
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * xs.length)];
console.log(`median ${q(wall, 0.5).toFixed(4)} ms  p90 ${q(wall, 0.9).toFixed(4)} ms  ${line.slice(0, 60)}`);
