/**
 * Every rule `content:check` holds one exercise and its solutions to, as one
 * pure function: the studio validates an instructor's exercise with it as
 * they type (and the server again before storing it), and content:check
 * applies the same pieces file by file, with lines.
 *
 *   schema and parameters   parseExerciseTemplate
 *   solutions' schema       parseSolutionsTemplate, and that they solve this exercise
 *   wrong solutions         each names only checks the exercise has (namedChecks)
 *   proofs                  proveExercise: setup runs, empty scores 0, reference 1,
 *                           each wrong one fails exactly what it names
 */
import { type ContentPath, type ExerciseTemplate, parseExerciseTemplate, parseSolutionsTemplate } from "../exercise-template.js";
import type { Solutions } from "../schema.js";
import { proofSeeds, proveExercise } from "./exercise-proofs.js";

export interface ExerciseIssue {
  /** which object the path is in */
  in: "exercise" | "solutions";
  path: ContentPath;
  message: string;
}

export interface ValidateOptions {
  /** variant seeds proved besides the default variant, for an exercise with parameters (default 50) */
  seeds?: number;
  /** shell steps one replay may take (untrusted content on a server); unbounded when absent */
  maxSteps?: number;
}

export interface Validated {
  /** the parsed template, when the exercise itself is valid */
  template?: ExerciseTemplate;
  issues: ExerciseIssue[];
}

export function validateExercise(exercise: unknown, solutions: unknown, opts: ValidateOptions = {}): Validated {
  const t = parseExerciseTemplate(exercise);
  if (!t.ok) return { issues: t.issues.map((i) => ({ in: "exercise", ...i })) };
  const template = t.value;
  const prove = (sol: Solutions | undefined) =>
    proveExercise(template, sol, [], proofSeeds(opts.seeds ?? 50), { maxSteps: opts.maxSteps }).map(
      (f): ExerciseIssue => ({ in: f.in === "exercises" ? "exercise" : "solutions", path: f.path, message: f.message }),
    );
  const s = parseSolutionsTemplate(solutions, template);
  // solutions not right yet: what can be proved of the exercise alone still is (its setup, the empty attempt)
  if (!s.ok) return { template, issues: [...prove(undefined), ...s.issues.map((i): ExerciseIssue => ({ in: "solutions", ...i }))] };
  if (s.value.exercise !== template.id)
    return { template, issues: [{ in: "solutions", path: ["exercise"], message: `these solutions are for "${s.value.exercise}", not "${template.id}"` }] };
  const unnamed = namedChecks(template, s.value);
  if (unnamed.length) return { template, issues: unnamed.map((i) => ({ in: "solutions", ...i })) };
  return { template, issues: prove(s.value) };
}

/** Each check a wrong solution says it fails must be a check of the exercise: issues at `wrong[k].fails[j]`. */
export function namedChecks(template: ExerciseTemplate, sol: Solutions): { path: ContentPath; message: string }[] {
  const ids = ((template.source as { checks?: { id?: unknown }[] }).checks ?? []).map((c) => String(c.id));
  const issues: { path: ContentPath; message: string }[] = [];
  (sol.wrong ?? []).forEach((w, k) =>
    w.fails.forEach((f, j) => {
      if (!ids.includes(f)) issues.push({ path: ["wrong", k, "fails", j], message: `exercise ${template.id} has no check "${f}" (it has ${ids.join(", ")})` });
    }),
  );
  return issues;
}
