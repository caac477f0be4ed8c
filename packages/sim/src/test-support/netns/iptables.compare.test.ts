/**
 * The iptables comparison cases (commands/netfilter/comparison-cases.ts)
 * run live: the real iptables 1.8.9 in fresh network namespaces and the
 * simulation, step by step, iptables-save's dates masked on both sides.
 * The same cases are replayed from recordings by
 * commands/netfilter/fixtures.test.ts where no root is needed.
 */
import { describe, expect, it } from "vitest";
import { IPTABLES_CASES, IPTABLES_NICS, maskSaveDates } from "../../commands/netfilter/comparison-cases.js";
import { compareScripts, formatDiffs } from "./compare.js";
import { singleHost } from "./topology.js";

describe("iptables: real kernel vs simulation", () => {
  for (const c of IPTABLES_CASES) {
    it(c.name, () => {
      const { diffs } = compareScripts(
        { ...singleHost("host", IPTABLES_NICS), hostsFromFilesOnly: true },
        c.steps.map((cmd) => ({ host: "host", cmd })),
        { mask: maskSaveDates, batch: true },
      );
      expect(formatDiffs(diffs)).toBe("");
    }, 300_000);
  }
});
