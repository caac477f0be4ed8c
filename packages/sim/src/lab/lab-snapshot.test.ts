/**
 * A lab restored from its snapshot (through JSON, as a browser gets it) is
 * the lab `create` makes: the same login screens, and the same lines give the
 * same output and the same world, on every built-in lab.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { LabSession } from "./lab-session.js";
import { labSnapshot, restoreLabSnapshot } from "./lab-snapshot.js";
import { listLabs } from "./labs/index.js";

const LINES = ["ip -br addr", "hostname -I; date", "ls -la /etc/network /root", "ip route", "sysctl net.ipv4.ip_forward", "cat /proc/uptime", "ps 2>&1 | head -3", "reboot", "ip -br link"];

describe("lab snapshots", () => {
  for (const { id } of listLabs()) {
    it(`${id}: restored from JSON, behaves as a lab created afresh`, () => {
      const doc = JSON.parse(JSON.stringify(labSnapshot(id, 7)));
      const restored = restoreLabSnapshot(id, 7, doc);
      const created = LabSession.create(id, 7);
      for (const host of created.lab.hosts) {
        expect(doc.screens[host.name]).toEqual({ banner: created.fork().loginBanner(host.name), prompt: created.fork().prompt(host.name) });
      }
      for (const host of created.lab.hosts.map((h) => h.name)) {
        for (const line of LINES) expect(restored.run(host, line)).toEqual(created.run(host, line));
        restored.advance(90_000);
        created.advance(90_000);
      }
      expect(restored.transcript).toEqual(created.transcript);
      expect(isDeepStrictEqual(restored.world.snapshot(), created.world.snapshot())).toBe(true);
    });
  }

  it("refuses a document of another lab or seed", () => {
    const doc = labSnapshot("single", 1);
    expect(() => restoreLabSnapshot("single", 2, doc)).toThrow(/seed 1, not single seed 2/);
    expect(() => restoreLabSnapshot("gateway", 1, doc)).toThrow(/not gateway/);
    expect(() => restoreLabSnapshot("single", 1, { ...doc, format: "x" } as never)).toThrow(/not a Rootlab lab snapshot/);
  });
});
