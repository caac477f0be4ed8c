import { getExercise, replayAttempt } from "@rootlab/content";
import { describe, expect, it } from "vitest";
import { restoreLab } from "./restore.js";

describe("restoreLab", () => {
  const ex = getExercise("two-addresses-add")!;
  const entries = [
    { host: "host", line: "cd /etc" },
    { advance: 1000 },
    { host: "host", line: "ip addr add 192.168.1.20/33 dev eth0" },
  ];

  it("reaches the same world and transcript as replayAttempt (what the server grades)", () => {
    const restored = restoreLab(ex, entries);
    const replayed = replayAttempt(ex, entries);
    expect(restored.session.transcript.entries).toEqual(entries);
    expect(restored.session.world.snapshot()).toEqual(replayed.world.snapshot());
  });

  it("keeps each line's prompt and output to redraw the screen", () => {
    const { previous } = restoreLab(ex, entries);
    expect(previous).toHaveLength(2);
    expect(previous[0].prompt).toMatch(/^root@host:~# $/);
    expect(previous[1].prompt).toMatch(/^root@host:\/etc# $/);
    expect(previous[1].result.screen).toBe('Error: any valid prefix is expected rather than "192.168.1.20/33".\n');
  });
});
