/**
 * less 590 and more (util-linux 2.38) as pagers: each scenario of editors/fixtures/less.json was
 * recorded from the real pager in a pty (fixtures/record.py); the simulation
 * must show the same screen (text, reverse video, cursor) and leave the same
 * file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replayScenario, type Scenario } from "../editors/fixture-screens.js";

const scenarios = JSON.parse(readFileSync(join(import.meta.dirname, "..", "editors", "fixtures", "less.json"), "utf8")) as Scenario[];

describe("less and more match the real pagers", () => {
  it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, sc) => {
    const r = await replayScenario(sc);
    expect(r.after).toBe(sc.after);
    expect(r.exited).toBe(sc.exited);
    if (sc.exited) return;
    expect(r.vt.lines.map((l) => l.trimEnd())).toEqual(sc.screen);
    expect(r.vt.reverse).toEqual(sc.reverse);
    expect(r.vt.cursor).toEqual(sc.cursor);
  });
});
