/**
 * A lesson's exercise in a learner's variant, memoized: instantiating a
 * variant (drawing its parameters, filling them into setup, checks and
 * texts) is a pure function of the exercise and the variant seed, and the
 * attempts API asks for the same few (exercise, learner) pairs over and
 * over. The memo holds what `getExercise` returns, read-only; it changes
 * no answer, only how often the same one is computed. Bounded: past
 * MAX_VARIANTS the oldest entry goes.
 */
import { getExercise, type ParsedExercise } from "@rootlab/content";

/** (exercise, variant) pairs kept */
export const MAX_VARIANTS = 2000;

const memo = new Map<string, ParsedExercise>();

/** `getExercise(id, variant)`: the course's exercise `id` in that variant, or undefined for an id the course does not have. */
export function exerciseFor(id: string, variant: number | null): ParsedExercise | undefined {
  const key = `${id}\u0000${variant ?? ""}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const ex = getExercise(id, variant);
  if (!ex) return undefined;
  if (memo.size >= MAX_VARIANTS) memo.delete(memo.keys().next().value!);
  memo.set(key, ex);
  return ex;
}
