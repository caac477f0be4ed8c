/**
 * nano against GNU nano 7.2: each scenario of fixtures/nano.json was
 * recorded from the real nano in a pty (fixtures/record.py); the simulation
 * must show the same screen (text, reverse video, cursor) and leave the same
 * file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replayScenario, type Scenario } from "./fixture-screens.js";

const scenarios = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "nano.json"), "utf8")) as Scenario[];

describe("nano matches GNU nano 7.2", () => {
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
