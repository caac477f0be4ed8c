/**
 * Proving one exercise, as Learn Git Branching proves its levels: for the
 * default variant and each of `seeds` variant seeds, the setup runs cleanly,
 * an empty attempt scores 0, the reference solution scores 1, and each wrong
 * solution fails exactly the checks it names. The first failing variant is
 * reported (with its seed and values, to reproduce it), not all fifty.
 * Seeds that draw values already proved are skipped: an exercise is a
 * function of its values (its world seed is its own), so a `choice` of three
 * databases is proved three times, not fifty-one.
 */
import { grade, type GradeReport } from "@rootlab/grader";
import { TranscriptTooCostly } from "@rootlab/sim";
import { entriesFromLines, replayAttempt, startExercise } from "../attempt.js";
import { type ContentPath, type ExerciseTemplate, instantiateExercise, type ParsedExercise, instantiateSolutions } from "../exercise-template.js";
import type { Solutions } from "../schema.js";

export interface ProofFailure {
  /** which file the failure is about, and where in it */
  in: "exercises" | "solutions";
  path: ContentPath;
  message: string;
}

/** variant seeds proved besides the default variant: fixed, so a failure reproduces */
export function proofSeeds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

/**
 * `maxSteps` bounds the shell work of each replay (untrusted content on a
 * server): past it the attempt is reported as too costly, not run on.
 * Without solutions (a draft whose solutions are not written yet) only the
 * exercise's own proofs run: its setup, and the empty attempt.
 */
export function proveExercise(
  template: ExerciseTemplate,
  sol: Solutions | undefined,
  solPath: ContentPath,
  seeds: number[],
  opts: { maxSteps?: number } = {},
): ProofFailure[] {
  const variants: (number | null)[] = [null, ...(Object.keys(template.params).length ? seeds : [])];
  const failures: ProofFailure[] = [];
  const reported = new Set<string>();
  // One report per kind of failure: the first variant that shows it.
  const fail = (key: string, f: ProofFailure) => {
    if (reported.has(key)) return;
    reported.add(key);
    failures.push(f);
  };

  const proved = new Set<string>();
  for (const seed of variants) {
    const ex = instantiateExercise(template, seed);
    const drawn = JSON.stringify(ex.variant.values);
    if (proved.has(drawn)) continue;
    proved.add(drawn);
    const v = describeVariant(ex);
    const s = sol && instantiateSolutions(sol, ex);

    startExercise(ex, {
      onSetupLine: (i, r) => {
        if (r.exit !== 0)
          fail(`setup${i}`, { in: "exercises", path: ["setup", i], message: `setup line \`${ex.setup[i]}\` exited with status ${r.exit}${v}: ${firstLine(r.screen)}` });
      },
    });

    const empty = grade(startExercise(ex), ex.checks);
    if (empty.score !== 0) {
      const passing = empty.results.filter((r, i) => r.passed && !ex.checks[i].guard);
      for (const r of passing)
        fail(`empty-${r.id}`, {
          in: "exercises",
          path: ["checks", ex.checks.findIndex((c) => c.id === r.id)],
          message: `check "${r.id}" passes on an empty attempt${v}, so doing nothing scores ${empty.score}: mark it \`guard: true\` if it guards what the lab already has, or make it need the learner's work`,
        });
    }

    const gradeLines = (lines: string[], path: ContentPath): GradeReport | undefined => {
      try {
        return grade(replayAttempt(ex, entriesFromLines(ex, lines), { maxSteps: opts.maxSteps }), ex.checks);
      } catch (e) {
        if (!(e instanceof TranscriptTooCostly)) throw e;
        fail(`cost${path.join(".")}`, { in: "solutions", path, message: `these lines do more work than an attempt may (${opts.maxSteps} shell steps)${v}` });
        return undefined;
      }
    };

    if (!s) continue;
    const ref = gradeLines(s.reference, [...solPath, "reference"]);
    if (ref && ref.score !== 1) {
      const failed = ref.results.filter((r) => !r.passed);
      fail("reference", {
        in: "solutions",
        path: [...solPath, "reference"],
        message: `the reference solution scores ${ref.score}, not 1${v}: ${failed.map((r) => `"${r.id}" fails (${r.message})`).join("; ")}`,
      });
    }

    s.wrong.forEach((w, k) => {
      const report = gradeLines(w.lines, [...solPath, "wrong", k]);
      if (!report) return;
      const failed = report.results.filter((r) => !r.passed).map((r) => r.id);
      const want = [...w.fails].sort();
      const got = [...failed].sort();
      if (want.join() !== got.join()) {
        const passes = want.filter((id) => !failed.includes(id));
        const extra = got.filter((id) => !want.includes(id));
        const parts = [
          passes.length ? `passes ${passes.map((p) => `"${p}"`).join(", ")}, which it must fail` : "",
          extra.length ? `also fails ${extra.map((p) => `"${p}"`).join(", ")}, which it does not name` : "",
        ].filter(Boolean);
        fail(`wrong${k}`, { in: "solutions", path: [...solPath, "wrong", k], message: `wrong solution "${w.name}" ${parts.join(" and ")}${v}` });
      }
    });
  }
  return failures;
}

function describeVariant(ex: ParsedExercise): string {
  if (ex.variant.seed === null) return "";
  const values = Object.entries(ex.variant.values).map(([k, v]) => `${k}=${v}`).join(", ");
  return ` (variant seed ${ex.variant.seed}: ${values})`;
}

function firstLine(s: string): string {
  return s.split("\n").find((l) => l.trim()) ?? "(no output)";
}

