import { getExercise, replayAttempt } from "@rootlab/content";
import { labSnapshot } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { restartLab, restoreLab } from "./restore.js";

describe("restoreLab", () => {
  const ex = getExercise("two-addresses-remove")!;
  const entries = [
    { host: "host", line: "cd /etc" },
    { advance: 1000 },
    { host: "host", line: "ip addr add 192.168.1.20/33 dev eth0" },
  ];

  it("reaches the same world and transcript as replayAttempt (what the server grades), with or without the lab's snapshot", async () => {
    const replayed = replayAttempt(ex, entries);
    for (const snapshot of [undefined, JSON.parse(JSON.stringify(labSnapshot(ex.lab, ex.seed)))]) {
      const restored = await restoreLab(ex, entries, snapshot);
      expect(restored.session.transcript.entries).toEqual(entries);
      expect(restored.session.world.snapshot()).toEqual(replayed.world.snapshot());
    }
  });

  it("keeps each line's prompt and output to redraw the screen", async () => {
    const { previous } = await restoreLab(ex, entries);
    expect(previous).toHaveLength(2);
    expect(previous[0].prompt).toMatch(/^root@host:~# $/);
    expect(previous[1].prompt).toMatch(/^root@host:\/etc# $/);
    expect(previous[1].result.screen).toBe('Error: any valid prefix is expected rather than "192.168.1.20/33".\n');
  });

  it("restarts at once from the snapshot to the same lab as a fresh start (setup run)", async () => {
    const snapshot = labSnapshot(ex.lab, ex.seed);
    const fresh = await restoreLab(ex, [], snapshot);
    const again = restartLab(ex, snapshot);
    expect(again.previous).toEqual([]);
    expect(again.session.transcript.entries).toEqual([]);
    expect(again.session.world.snapshot()).toEqual(fresh.session.world.snapshot());
    expect(again.session.run("host", "ip -br addr show dev eth0").stdout).toMatch(/192\.168\.1\.20\/24/);
  });
});
