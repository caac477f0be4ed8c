// The machine's speed, printed with the benchmarks so that figures from different runs and machines can be compared:
// a fixed piece of JavaScript (integer arithmetic and short strings, as the simulation does), timed 7 times; the
// median in ms. On a shared virtual machine this moves from hour to hour: a run's budgets are read against it.
import { performance } from "node:perf_hooks";

function work() {
  let x = 0;
  let s = "";
  for (let i = 0; i < 3_000_000; i++) {
    x = (x + ((i * 2654435761) >>> 0)) % 1_000_003;
    if ((i & 1023) === 0) s = `${s.slice(-64)}${x.toString(36)}`;
  }
  return x + s.length;
}

work();
const times = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  work();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`machine speed: a fixed JavaScript workload takes ${times[3].toFixed(1)} ms (median of 7; lower is faster)`);
