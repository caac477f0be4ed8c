/**
 * Re-records commands/netfilter/fixtures/real-iptables.json: every case of
 * comparison-cases.ts run by the real iptables 1.8.9 in a fresh, isolated
 * network namespace built by the netns harness (as root on Debian 12):
 *
 *   npx tsx src/test-support/record-iptables-fixtures.ts
 *
 * Outputs are stored with the harness's masks and iptables-save's dates
 * replaced by DATE, so a re-recording changes only what the tools changed.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { IPTABLES_CASES, IPTABLES_NICS, maskSaveDates } from "../commands/netfilter/comparison-cases.js";
import { maskReal } from "./netns/masks.js";
import { RealNetwork, ensureTools } from "./netns/real.js";
import { SimNetwork } from "./netns/sim.js";
import { singleHost } from "./netns/topology.js";

export interface RecordedStep {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export interface RecordedCase {
  name: string;
  steps: RecordedStep[];
}

const OUT = join(dirname(fileURLToPath(import.meta.url)), "../commands/netfilter/fixtures/real-iptables.json");

function record(): RecordedCase[] {
  ensureTools();
  const out: RecordedCase[] = [];
  for (const c of IPTABLES_CASES) {
    const topo = { ...singleHost("host", IPTABLES_NICS), hostsFromFilesOnly: true };
    const sim = new SimNetwork(topo);
    const real = new RealNetwork(topo, (h) => sim.files(h));
    const steps: RecordedStep[] = [];
    try {
      real.build();
      const mask = (t: string) => maskSaveDates(maskReal(t, ["eth0"]));
      real.runMany("host", c.steps).forEach((r, i) => steps.push({ cmd: c.steps[i], stdout: mask(r.stdout), stderr: mask(r.stderr), exit: r.exit }));
    } finally {
      real.destroy();
    }
    out.push({ name: c.name, steps });
    process.stderr.write(`recorded: ${c.name} (${steps.length} steps)\n`);
  }
  return out;
}

writeFileSync(OUT, `${JSON.stringify(record(), null, 1)}\n`);
process.stderr.write(`wrote ${OUT}\n`);
