/**
 * Every exercise of the course, validated on first use. Browser-safe: no solutions.
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

function parseTemplate(lesson: string, e: unknown, i: number): ExerciseTemplate {
  const r = parseExerciseTemplate(e);
  if (r.ok) return r.value;
  const first = r.issues[0];
  // Authors see every issue, with lines, from `npm run content:check`.
  throw new Error(`content/lessons/${lesson}/exercises.ts: exercises[${i}].${first.path.join(".")}: ${first.message} (run npm run content:check)`);
}

/**
 * Exercises are validated when first asked for, one at a time: a lesson page
 * in the browser needs one, and parsing all of them would sit between the
 * learner and their first prompt.
 */
const parsed = new Map<string, ExerciseTemplate>();
const defaults = new Map<string, ParsedExercise>();

function templateById(id: string): ExerciseTemplate | undefined {
  let t = parsed.get(id);
  if (t) return t;
  for (const { lesson, exercises } of exerciseModules) {
    const i = exercises.findIndex((e) => (e as { id?: unknown }).id === id);
    if (i >= 0) {
      t = parseTemplate(lesson, exercises[i], i);
      parsed.set(id, t);
      return t;
    }
  }
  return undefined;
}

function defaultOf(t: ExerciseTemplate): ParsedExercise {
  let d = defaults.get(t.id);
  if (!d) defaults.set(t.id, (d = instantiateExercise(t)));
  return d;
}

const allIds = (): string[] => exerciseModules.flatMap(({ exercises }) => exercises.map((e) => (e as { id: string }).id));

export function listExerciseTemplates(): ExerciseTemplate[] {
  return allIds().map((id) => templateById(id)!);
}

export function getExerciseTemplate(id: string): ExerciseTemplate | undefined {
  return templateById(id);
}

/** Every exercise, default variant. */
export function listExercises(): ParsedExercise[] {
  return listExerciseTemplates().map(defaultOf);
}

/** The exercise `id` for a learner's `variantSeed` (a uint32; null or absent: the default variant). */
export function getExercise(id: string, variantSeed?: number | null): ParsedExercise | undefined {
  const t = templateById(id);
  if (!t) return undefined;
  return variantSeed === undefined || variantSeed === null ? defaultOf(t) : instantiateExercise(t, variantSeed);
}
