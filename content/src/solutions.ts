/** Reference and wrong solutions of every exercise: for tests, the validator and the server only. */
import { instantiateSolutions, type ParsedExercise, parseSolutionsTemplate } from "./exercise-template.js";
import { getExerciseTemplate } from "./exercises.js";
import { solutionModules } from "./generated/solutions.js";
import type { ParsedSolutions, Solutions } from "./schema.js";
import { getExercise } from "./exercises.js";

const sources: Solutions[] = solutionModules.flatMap(({ lesson, solutions }) =>
  solutions.map((s, i) => {
    const r = parseSolutionsTemplate(s, getExerciseTemplate(s.exercise));
    if (!r.ok) throw new Error(`content/lessons/${lesson}/solutions.ts: solutions[${i}].${r.issues[0].path.join(".")}: ${r.issues[0].message} (run npm run content:check)`);
    return r.value;
  }),
);

export function listSolutionSources(): Solutions[] {
  return sources;
}

/** The solutions of `ex`, with its variant's parameter values filled in. */
export function solutionsFor(ex: ParsedExercise): ParsedSolutions | undefined {
  const s = sources.find((x) => x.exercise === ex.id);
  return s && instantiateSolutions(s, ex);
}

/** The solutions of exercise `exerciseId`, default variant. */
export function getSolutions(exerciseId: string): ParsedSolutions | undefined {
  const ex = getExercise(exerciseId);
  return ex && solutionsFor(ex);
}
