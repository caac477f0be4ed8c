/**
 * A learner's variant of an exercise, made in the browser without the
 * schemas. The server (or the build) turns a validated template into a
 * `VariantPlan` (`variantPlan` in exercise-template.ts): the default variant,
 * already parsed, and the strings that hold parameters with their paths.
 * `applyVariant(plan, seed)` draws the seed's values and fills those strings
 * in: the same exercise `instantiateExercise(template, seed)` gives (a test
 * proves it for every shipped exercise), at the cost of a JSON clone, with
 * no zod on the page before the first prompt.
 *
 * Imports nothing but the draw and the template filler: the lesson page's
 * first chunk reads this module (`@rootlab/content/variant`).
 */
import type { ParsedExercise } from "../exercise-template.js";
import { valuesForSeed } from "./draw.js";
import type { Params } from "./params.js";
import { fillTemplate } from "./template.js";

export { variantSeedFor } from "./draw.js";
export type { ParsedExercise };

export interface VariantPlan {
  /** the default variant, as `instantiateExercise(template)` gives it */
  exercise: ParsedExercise;
  params: Params;
  /** addresses no ipv4 parameter may be drawn onto: the lab's own */
  taken: string[];
  /**
   * every string of the exercise that holds a `{{name}}`: where it is, its
   * text, whether values go in regex-escaped, and whether the schema reads
   * the filled text as a number (a check field that coerces, e.g. a port:
   * "{{sport}}" becomes 8837)
   */
  fields: { path: (string | number)[]; text: string; regex: boolean; number?: boolean }[];
}

/** The exercise for `seed` (a uint32; null or absent: the default variant). */
export function applyVariant(plan: VariantPlan, seed?: number | null): ParsedExercise {
  const s = seed ?? null;
  if (s === null) return plan.exercise;
  const values = valuesForSeed(plan.params, s, new Set(plan.taken));
  const ex = structuredClone(plan.exercise) as ParsedExercise & Record<string, unknown>;
  for (const f of plan.fields) {
    const text = fillTemplate(f.text, values, { regex: f.regex });
    setAt(ex, f.path, f.number ? Number(text) : text);
  }
  return { ...ex, variant: { seed: s, values } };
}

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: string | number): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}
