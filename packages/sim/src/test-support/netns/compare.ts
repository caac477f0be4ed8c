/**
 * Run the same per-host command scripts on the real namespaces and on the
 * simulation, mask the real output (masks.ts) and compare stdout, stderr
 * and exit status step by step. `compareScripts` builds both worlds, runs,
 * and always tears the namespaces down.
 */
import { maskLoopbackCounters, maskReal } from "./masks.js";
import { RealNetwork, type RunOutput, ensureTools } from "./real.js";
import { SimNetwork } from "./sim.js";
import type { Step, Topology } from "./topology.js";

export interface StepDiff {
  step: Step;
  sim: RunOutput;
  real: RunOutput;
}

/** a unified-style line diff, "-" for the simulation, "+" for the real kernel */
export function lineDiff(sim: string, real: string): string {
  const a = sim.split("\n");
  const b = real.split("\n");
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out.join("\n");
}

export function formatDiffs(diffs: StepDiff[]): string {
  return diffs
    .map((d) => {
      let s = `=== ${d.step.host}$ ${d.step.cmd}\n`;
      if (d.sim.exit !== d.real.exit) s += `exit: sim ${d.sim.exit}, real ${d.real.exit}\n`;
      if (d.sim.stdout !== d.real.stdout) s += `--- stdout (- sim, + real)\n${lineDiff(d.sim.stdout, d.real.stdout)}\n`;
      if (d.sim.stderr !== d.real.stderr) s += `--- stderr (- sim, + real)\n${lineDiff(d.sim.stderr, d.real.stderr)}\n`;
      return s;
    })
    .join("\n");
}

export interface CompareResult {
  steps: number;
  diffs: StepDiff[];
}

/** the real side of `steps`, each run of consecutive steps on one host in one batch */
function runBatched(real: RealNetwork, steps: Step[]): RunOutput[] {
  const out: RunOutput[] = [];
  for (let i = 0; i < steps.length; ) {
    let j = i;
    while (j < steps.length && steps[j].host === steps[i].host) j++;
    out.push(...real.runMany(steps[i].host, steps.slice(i, j).map((s) => s.cmd)));
    i = j;
  }
  return out;
}

/** build both worlds, run `steps` in order on both, return the steps whose masked outputs differ */
export function compareScripts(
  topo: Topology,
  steps: Step[],
  opts: {
    compareLoopbackCounters?: boolean;
    /** a script's own mask, applied to both sides (e.g. iptables-save's dates) */
    mask?: (text: string) => string;
    /** run each host's consecutive steps in one namespace entry (RealNetwork.runMany) */
    batch?: boolean;
    /** after the masks, both sides' stdout and stderr of a step together (a tolerance that needs both: conntrack timeouts) */
    pair?: (sim: string, real: string) => [string, string];
    /** more programs the script needs, as [program, Debian package] */
    tools?: [string, string][];
  } = {},
): CompareResult {
  ensureTools(opts.tools);
  const sim = new SimNetwork(topo);
  const real = new RealNetwork(topo, (h) => sim.files(h));
  const diffs: StepDiff[] = [];
  try {
    real.build();
    const realOut = opts.batch ? runBatched(real, steps) : undefined;
    steps.forEach((step, i) => {
      const s = sim.run(step);
      const r = realOut ? realOut[i] : real.run(step);
      const nics = real.nicNames(step.host);
      const masked = { stdout: maskReal(r.stdout, nics), stderr: maskReal(r.stderr, nics), exit: r.exit };
      if (!opts.compareLoopbackCounters) {
        masked.stdout = maskLoopbackCounters(masked.stdout);
        s.stdout = maskLoopbackCounters(s.stdout);
      }
      if (opts.mask) {
        for (const o of [s, masked]) {
          o.stdout = opts.mask(o.stdout);
          o.stderr = opts.mask(o.stderr);
        }
      }
      if (opts.pair) {
        [s.stdout, masked.stdout] = opts.pair(s.stdout, masked.stdout);
        [s.stderr, masked.stderr] = opts.pair(s.stderr, masked.stderr);
      }
      if (process.env.RL_CMP_DUMP) console.log(`=== ${step.host}$ ${step.cmd}\n--- sim [${s.exit}]\n${s.stdout}${s.stderr}--- real [${masked.exit}]\n${masked.stdout}${masked.stderr}`);
      if (s.stdout !== masked.stdout || s.stderr !== masked.stderr || s.exit !== masked.exit) diffs.push({ step, sim: s, real: masked });
    });
  } finally {
    real.destroy();
  }
  return { steps: steps.length, diffs };
}
