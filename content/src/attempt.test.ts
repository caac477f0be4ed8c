/**
 * The browser's start of an exercise (its lab restored from a snapshot, setup
 * run as code loads) is the server's: replaying every reference solution on
 * either gives the same output and the same world.
 */
import { isDeepStrictEqual } from "node:util";
import { labSnapshot } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { entriesFromLines, startExercise, startExerciseLoading } from "./attempt.js";
import { listExercises } from "./exercises.js";
import { getSolutions } from "./solutions.js";

describe("startExerciseLoading from a lab snapshot", () => {
  for (const ex of listExercises()) {
    it(`${ex.id}: the reference solution replays as on the server`, async () => {
      const snapshot = JSON.parse(JSON.stringify(labSnapshot(ex.lab, ex.seed)));
      const browser = await startExerciseLoading(ex, snapshot);
      const server = startExercise(ex);
      expect(browser.transcript.entries).toEqual([]);
      const entries = entriesFromLines(ex, getSolutions(ex.id)?.reference ?? []);
      expect(await browser.playEntriesLoading(entries)).toEqual(server.playEntries(entries));
      expect(isDeepStrictEqual(browser.world.snapshot(), server.world.snapshot())).toBe(true);
    });
  }
});
