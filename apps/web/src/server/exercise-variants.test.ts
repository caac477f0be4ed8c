// @vitest-environment node
import { getExercise, variantSeedFor } from "@rootlab/content";
import { describe, expect, it } from "vitest";
import { exerciseFor } from "./exercise-variants.js";

describe("exerciseFor", () => {
  it("is getExercise, computed once per exercise and variant", () => {
    for (const variant of [null, variantSeedFor("learner-a"), variantSeedFor("learner-b")]) {
      const ex = exerciseFor("two-addresses-add", variant)!;
      expect(ex).toEqual(getExercise("two-addresses-add", variant));
      expect(exerciseFor("two-addresses-add", variant)).toBe(ex);
    }
    expect(exerciseFor("two-addresses-add", variantSeedFor("learner-a"))).not.toEqual(exerciseFor("two-addresses-add", variantSeedFor("learner-b")));
  });

  it("knows no more exercises than the course", () => {
    expect(exerciseFor("no-such-exercise", null)).toBeUndefined();
    expect(exerciseFor("studio-abc", 7)).toBeUndefined();
  });
});
