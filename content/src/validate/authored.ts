/**
 * An exercise written by an instructor in the studio, stored in the
 * database: a lesson text in plain Markdown, one exercise and its solutions,
 * all in the content format. It is data, never code: the same rules as
 * `content:check` prove it (validateExercise, checkMarkdownBody), and because
 * it comes from a form rather than the repository, a few more bound what the
 * server does with it: sizes, the shell work of each proof, no parameters
 * yet (a proof over 50 variants is a build-time cost, not a request's), and
 * no regular expression that could backtrack for ever.
 */
import { regexFields } from "@rootlab/grader";
import type { ContentPath } from "../issues.js";
import { validateExercise } from "./exercise.js";
import { checkMarkdownBody } from "./markdown-body.js";

/** The stored document (JSON). `exercise.id` and `solutions.exercise` are the server's choice: `studio-<id>`. */
export interface AuthoredExercise {
  /** the lesson text, plain Markdown: no HTML, no JSX */
  lesson: string;
  exercise: unknown;
  solutions: unknown;
}

/** Exercise ids of the studio start with this; lesson files may not use it (content:check). */
export const AUTHORED_ID_PREFIX = "studio-";

export const AUTHORED_LIMITS = {
  /** characters of the lesson text */
  lessonChars: 20_000,
  /** characters of any other string */
  stringChars: 2_000,
  /** characters of a regular expression */
  regexChars: 300,
  setup: 20,
  tasks: 12,
  checks: 12,
  hints: 8,
  /** lines of the reference, and of each wrong solution */
  solutionLines: 60,
  wrong: 6,
  /** shell steps each proof replay may take */
  maxSteps: 300_000,
} as const;

export interface AuthoredIssue {
  in: "lesson" | "exercise" | "solutions";
  path: ContentPath;
  /** line of the lesson text (1-based), for issues in it */
  line?: number;
  message: string;
}

export interface AuthoredOptions {
  /** every lesson slug of the course (links in the text) */
  lessons: ReadonlySet<string>;
}

/** Every issue of an authored exercise; [] when it may be stored and assigned. */
export function validateAuthored(input: AuthoredExercise, opts: AuthoredOptions): AuthoredIssue[] {
  const issues: AuthoredIssue[] = [];
  const lab = typeof (input.exercise as { lab?: unknown })?.lab === "string" ? ((input.exercise as { lab: string }).lab) : undefined;

  if (typeof input.lesson !== "string") issues.push({ in: "lesson", path: [], message: "the lesson text is Markdown text" });
  else if (input.lesson.length > AUTHORED_LIMITS.lessonChars)
    issues.push({ in: "lesson", path: [], message: `at most ${AUTHORED_LIMITS.lessonChars} characters (it has ${input.lesson.length})` });
  else if (input.lesson.trim().length < 10) issues.push({ in: "lesson", path: [], message: "say in a few sentences what the learner will do and why" });
  else
    for (const i of checkMarkdownBody({ body: input.lesson, format: "md", lessons: opts.lessons, lab }))
      issues.push({ in: "lesson", path: [], line: i.line, message: i.message });

  const bounded = [...limitIssues("exercise", input.exercise), ...limitIssues("solutions", input.solutions)];
  issues.push(...bounded);
  if (bounded.length) return issues;
  issues.push(...markdownFieldIssues(input.exercise as Record<string, unknown>, opts));

  const v = validateExercise(input.exercise, input.solutions, { seeds: 0, maxSteps: AUTHORED_LIMITS.maxSteps });
  issues.push(...v.issues);
  return issues;
}

/** Tasks and hints are Markdown too: the rules of the lesson text, line numbers aside (their blocks are not run). */
function markdownFieldIssues(exercise: Record<string, unknown>, opts: AuthoredOptions): AuthoredIssue[] {
  const issues: AuthoredIssue[] = [];
  for (const field of ["tasks", "hints"] as const) {
    const list = exercise[field];
    if (!Array.isArray(list)) continue;
    list.forEach((text, i) => {
      if (typeof text !== "string") return;
      for (const b of checkMarkdownBody({ body: text, format: "md", lessons: opts.lessons, lab: undefined }))
        if (!b.message.startsWith("shown output needs a lab")) issues.push({ in: "exercise", path: [field, i], message: b.message });
    });
  }
  return issues;
}

const LIST_LIMITS: Record<string, number> = {
  setup: AUTHORED_LIMITS.setup,
  tasks: AUTHORED_LIMITS.tasks,
  checks: AUTHORED_LIMITS.checks,
  hints: AUTHORED_LIMITS.hints,
  reference: AUTHORED_LIMITS.solutionLines,
  lines: AUTHORED_LIMITS.solutionLines,
  wrong: AUTHORED_LIMITS.wrong,
};

/** Sizes, parameters and regular expressions: what makes a stored exercise cheap and safe to prove and grade. */
function limitIssues(where: "exercise" | "solutions", value: unknown): AuthoredIssue[] {
  const issues: AuthoredIssue[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [{ in: where, path: [], message: "expected an object" }];
  const params = (value as { params?: unknown }).params;
  if (where === "exercise" && params !== undefined && !(typeof params === "object" && params !== null && Object.keys(params).length === 0))
    issues.push({ in: where, path: ["params"], message: "exercises written in the studio have no per-learner parameters yet: write the values themselves" });
  const walk = (v: unknown, path: ContentPath, depth: number) => {
    if (depth > 8) {
      issues.push({ in: where, path, message: "nested too deeply" });
      return;
    }
    if (typeof v === "string") {
      const key = String(path.at(-1));
      const isRegex = path[0] === "checks" && regexFields.has(key);
      const max = isRegex ? AUTHORED_LIMITS.regexChars : AUTHORED_LIMITS.stringChars;
      if (v.length > max) issues.push({ in: where, path, message: `at most ${max} characters (it has ${v.length})` });
      else if (isRegex && backtracksForEver(v))
        issues.push({ in: where, path, message: "a repeated group that itself repeats, as in (a+)+, can take for ever to match: write it without the nesting" });
      return;
    }
    if (Array.isArray(v)) {
      const max = LIST_LIMITS[String(path.at(-1))] ?? 20;
      if (v.length > max) issues.push({ in: where, path, message: `at most ${max} items (it has ${v.length})` });
      else v.forEach((x, i) => walk(x, [...path, i], depth + 1));
      return;
    }
    if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k], depth + 1);
  };
  walk(value, [], 0);
  return issues;
}

/**
 * Whether a pattern has a quantified group that contains a quantifier (star
 * height above one: `(a+)+`, `(a|b*)*`, `(x{2,})+`): the shapes whose
 * backtracking grows exponentially with the text. Cautious: it also refuses
 * some that would be fine, which an author rewrites without the nesting.
 */
export function backtracksForEver(pattern: string): boolean {
  // escapes and character classes quantify nothing themselves: one ordinary character each
  const s = pattern.replace(/\\./g, "x").replace(/\[(?:\\.|[^\]])*\]/g, "x");
  const inner: boolean[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(") {
      inner.push(false);
      if (s[i + 1] === "?") i++; // (?: (?= (?! (?<name>: not a quantifier
    } else if (c === ")") {
      const had = inner.pop() ?? false;
      if (had && /[*+{]/.test(s[i + 1] ?? "")) return true;
      if (had && inner.length) inner[inner.length - 1] = true;
    } else if (c === "*" || c === "+" || c === "{" || c === "?") {
      if (inner.length) inner[inner.length - 1] = true;
    }
  }
  return false;
}
