/**
 * Replays what the real iptables 1.8.9 printed (fixtures/real-iptables.json,
 * recorded by test-support/record-iptables-fixtures.ts in network
 * namespaces) against the simulation: every case from a freshly booted
 * host, stdout, stderr and exit status of each step, iptables-save's dates
 * masked on both sides.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { singleHost } from "../../test-support/netns/topology.js";
import { lineDiff } from "../../test-support/netns/compare.js";
import { IPTABLES_CASES, IPTABLES_NICS, maskSaveDates } from "./comparison-cases.js";

interface RecordedCase {
  name: string;
  steps: { cmd: string; stdout: string; stderr: string; exit: number }[];
}

const recorded: RecordedCase[] = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "fixtures/real-iptables.json"), "utf8"));

describe("iptables against the real iptables 1.8.9 (recorded)", () => {
  it("every case of comparison-cases.ts has a recording with the same steps", () => {
    expect(recorded.map((c) => [c.name, c.steps.map((s) => s.cmd)])).toEqual(IPTABLES_CASES.map((c) => [c.name, c.steps]));
  });

  for (const rec of recorded) {
    it(rec.name, () => {
      const session = LabSession.create(singleHost("host", IPTABLES_NICS).lab);
      const diffs: string[] = [];
      for (const step of rec.steps) {
        const r = session.run("host", step.cmd);
        const sim = { stdout: maskSaveDates(r.stdout), stderr: maskSaveDates(r.stderr), exit: r.exit };
        const real = { stdout: maskSaveDates(step.stdout), stderr: maskSaveDates(step.stderr), exit: step.exit };
        if (sim.stdout === real.stdout && sim.stderr === real.stderr && sim.exit === real.exit) continue;
        let d = `=== ${step.cmd}\n`;
        if (sim.exit !== real.exit) d += `exit: sim ${sim.exit}, real ${real.exit}\n`;
        if (sim.stdout !== real.stdout) d += `--- stdout (- sim, + real)\n${lineDiff(sim.stdout, real.stdout)}\n`;
        if (sim.stderr !== real.stderr) d += `--- stderr (- sim, + real)\n${lineDiff(sim.stderr, real.stderr)}\n`;
        diffs.push(d);
      }
      expect(diffs.join("\n")).toBe("");
    });
  }
});
