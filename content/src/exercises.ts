/**
 * Every exercise of the course, validated at load. Browser-safe: no solutions.
 * `getExercise(id)` is the default variant; `getExercise(id, variantSeed)`
 * the one a learner with that seed gets (see variants/README.md).
 */
import {
  type ExerciseTemplate,
  instantiateExercise,
  type ParsedExercise,
  parseExerciseTemplate,
} from "./exercise-template.js";
import { exerciseModules } from "./generated/exercises.js";

export type { ParsedExercise, ExerciseTemplate };

const templates: ExerciseTemplate[] = exerciseModules.flatMap(({ lesson, exercises }) =>
  exercises.map((e, i) => {
    const r = parseExerciseTemplate(e);
    if (r.ok) return r.value;
    const first = r.issues[0];
    // Authors see every issue, with lines, from `npm run content:check`.
    throw new Error(`content/lessons/${lesson}/exercises.ts: exercises[${i}].${first.path.join(".")}: ${first.message} (run npm run content:check)`);
  }),
);
const defaults = new Map(templates.map((t) => [t.id, instantiateExercise(t)]));

export function listExerciseTemplates(): ExerciseTemplate[] {
  return templates;
}

export function getExerciseTemplate(id: string): ExerciseTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** Every exercise, default variant. */
export function listExercises(): ParsedExercise[] {
  return [...defaults.values()];
}

/** The exercise `id` for a learner's `variantSeed` (a uint32; null or absent: the default variant). */
export function getExercise(id: string, variantSeed?: number | null): ParsedExercise | undefined {
  if (variantSeed === undefined || variantSeed === null) return defaults.get(id);
  const t = getExerciseTemplate(id);
  return t && instantiateExercise(t, variantSeed);
}
