/**
 * An exercise as its author wrote it, parameters and all, and the exercise a
 * learner gets: `instantiateExercise(template, variantSeed)` draws the
 * parameters for that seed and fills them in everywhere (setup, tasks,
 * checks, hints). Pure and browser-safe: the page and the server's replay
 * call the same function with the same seed and get the same exercise.
 */
import { regexFields } from "@rootlab/grader";
import type { z } from "zod";
import { resolveLab, labAddresses } from "./labs.js";
import { type Exercise, exercise, type ParsedSolutions, type Solutions, solutions } from "./schema.js";
import { defaultValues, inSubnet, valuesForSeed } from "./variants/draw.js";
import type { VariantPlan } from "./variants/plan.js";
import { hostRange, type Params, params as paramsSchema, templateNames } from "./variants/params.js";
import { fillTemplate, scanTemplate } from "./variants/template.js";

import { type ContentIssue, type ContentPath, zodIssues } from "./issues.js";

export type { ContentIssue, ContentPath };
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** A validated exercise with its parameters still unfilled. */
export interface ExerciseTemplate {
  readonly id: string;
  readonly lab: string;
  readonly params: Params;
  /** every name a template may use: `addr2`, `rule.fix`, ... */
  readonly names: readonly string[];
  /** the author's object, `{{...}}` and all */
  readonly source: Exercise;
}

/** An exercise ready to run: parameters filled in for one variant. */
export type ParsedExercise = z.output<typeof exercise> & {
  variant: {
    /** the learner's variant seed; null for the default variant (each parameter's default) */
    seed: number | null;
    /** template name -> value */
    values: Readonly<Record<string, string>>;
  };
};

/** top-level fields that must not hold templates: they name things, and stored attempts refer to them */
const LITERAL_FIELDS = new Set(["id", "lab", "params", "seed"]);

/** Validate an author's exercise: its parameters, every `{{...}}` in it, and the exercise with default values filled in. */
export function parseExerciseTemplate(input: unknown): Parsed<ExerciseTemplate> {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return { ok: false, issues: [{ path: [], message: "an exercise is an object" }] };
  const source = input as Exercise & Record<string, unknown>;
  const issues: ContentIssue[] = [];

  const p = paramsSchema.safeParse(source.params);
  if (!p.success) return { ok: false, issues: zodIssues(p.error, ["params"]) };
  const params = p.data;
  const names = Object.entries(params).flatMap(([n, s]) => templateNames(n, s));
  const lab = typeof source.lab === "string" ? resolveLab(source.lab) : undefined;
  if (lab) issues.push(...checkDefaults(params, labAddresses(lab)));

  const used = new Set<string>();
  for (const [key, value] of Object.entries(source)) {
    walkStrings(value, [key], (text, path) => {
      for (const t of scanTemplate(text)) {
        if (LITERAL_FIELDS.has(key)) issues.push({ path, message: `parameters are not allowed in "${key}"` });
        else if (t.name === undefined) issues.push({ path, message: `malformed parameter "${t.raw}": write {{name}} with a declared name` });
        else if (!names.includes(t.name)) issues.push({ path, message: unknownName(t.name, names) });
        else used.add(t.name);
      }
    });
  }
  for (const n of names) if (!used.has(n)) issues.push({ path: ["params", n.split(".")[0]], message: `parameter "${n}" is declared but never used` });
  if (issues.length) return { ok: false, issues };

  const filled = fillExercise(source, defaultValues(params));
  const parsed = exercise.safeParse(filled);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, []) };
  return { ok: true, value: { id: parsed.data.id, lab: parsed.data.lab, params, names, source } };
}

/**
 * The exercise a learner with `variantSeed` gets; `null` or `undefined` gives
 * the default variant. Deterministic: same template and seed, same exercise.
 * Throws only if the template was not validated (a broken invariant).
 */
export function instantiateExercise(template: ExerciseTemplate, variantSeed?: number | null): ParsedExercise {
  const seed = variantSeed ?? null;
  const values = variantValues(template, seed);
  const parsed = exercise.parse(fillExercise(template.source, values));
  return { ...parsed, variant: { seed, values } };
}

/** The parameter values of one variant. */
export function variantValues(template: ExerciseTemplate, seed: number | null): Record<string, string> {
  return valuesForSeed(template.params, seed, labAddresses(resolveLab(template.lab)!));
}

/**
 * What the browser needs to instantiate the exercise for any seed without the
 * schemas: the default variant, parsed, and where its strings hold parameters
 * (`applyVariant` in variants/plan.ts fills them). Plain JSON.
 */
export function variantPlan(template: ExerciseTemplate): VariantPlan {
  const fields: VariantPlan["fields"] = [];
  for (const [key, value] of Object.entries(template.source))
    if (!LITERAL_FIELDS.has(key))
      walkStrings(value, [key], (text, path) => {
        if (scanTemplate(text).length) fields.push({ path, text, regex: isRegexPath(path) });
      });
  const exercise = instantiateExercise(template);
  // what the schema made of each field in the default variant says what it makes of any variant's
  for (const f of fields) if (typeof valueAt(exercise, f.path) === "number") f.number = true;
  return { exercise, params: template.params, taken: [...labAddresses(resolveLab(template.lab)!)], fields };
}

/** Validate solutions against their exercise's parameter names (and the schema, with default values). */
export function parseSolutionsTemplate(input: unknown, template: ExerciseTemplate | undefined): Parsed<Solutions> {
  const names = template?.names ?? [];
  const issues: ContentIssue[] = [];
  walkStrings(input, [], (text, path) => {
    for (const t of scanTemplate(text)) {
      if (path[0] === "exercise" || path.includes("fails")) issues.push({ path, message: "parameters are not allowed here" });
      else if (t.name === undefined) issues.push({ path, message: `malformed parameter "${t.raw}": write {{name}} with a declared name` });
      else if (!names.includes(t.name)) issues.push({ path, message: unknownName(t.name, names) });
    }
  });
  if (issues.length) return { ok: false, issues };
  const values = template ? defaultValues(template.params) : {};
  const parsed = solutions.safeParse(mapStrings(input, [], (s) => fillTemplate(s, values)));
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, []) };
  return { ok: true, value: input as Solutions };
}

/** Solutions with a variant's values filled in: what the validator and tests replay. */
export function instantiateSolutions(source: Solutions, ex: ParsedExercise): ParsedSolutions {
  return solutions.parse(mapStrings(source, [], (s, path) => (path.includes("fails") ? s : fillTemplate(s, ex.variant.values))));
}

function fillExercise(source: Exercise, values: Record<string, string>): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source))
    out[key] = LITERAL_FIELDS.has(key)
      ? value
      : mapStrings(value, [key], (s, path) => fillTemplate(s, values, { regex: isRegexPath(path) }));
  return out;
}

function valueAt(root: unknown, path: ContentPath): unknown {
  let node = root;
  for (const key of path) node = typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** A string of a check spec that holds a regular expression: values go in escaped, as literal text. */
function isRegexPath(path: ContentPath): boolean {
  return path[0] === "checks" && regexFields.has(String(path.at(-1)));
}

function checkDefaults(params: Params, taken: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  const perSubnet = new Map<string, number>();
  for (const [name, spec] of Object.entries(params)) {
    if (spec.kind !== "ipv4") continue;
    const path = ["params", name, "default"];
    if (!inSubnet(spec.default, spec.subnet)) issues.push({ path, message: `${spec.default} is not a host address of ${spec.subnet}` });
    if (taken.has(spec.default) || spec.avoid.includes(spec.default))
      issues.push({ path, message: `${spec.default} is already used by the lab or listed in avoid` });
    if (seen.has(spec.default)) issues.push({ path, message: `${spec.default} is also the default of "${seen.get(spec.default)}"` });
    seen.set(spec.default, name);
    perSubnet.set(spec.subnet, (perSubnet.get(spec.subnet) ?? 0) + 1);
  }
  for (const [subnet, count] of perSubnet) {
    const [first, last] = hostRange(subnet);
    if (last - first + 1 < count + taken.size + 16)
      issues.push({ path: ["params"], message: `${subnet} is too small to draw ${count} distinct addresses from reliably` });
  }
  return issues;
}

function unknownName(name: string, names: readonly string[]): string {
  return `unknown parameter "${name}"` + (names.length ? ` (declared: ${names.join(", ")})` : " (this exercise declares no params)");
}

/** Call `f` on every string inside `value`, with its path. */
function walkStrings(value: unknown, path: ContentPath, f: (s: string, path: ContentPath) => void): void {
  mapStrings(value, path, (s, p) => {
    f(s, p);
    return s;
  });
}

/** A copy of `value` with every string replaced by `f(string, path)`. */
function mapStrings(value: unknown, path: ContentPath, f: (s: string, path: ContentPath) => string): unknown {
  if (typeof value === "string") return f(value, path);
  if (Array.isArray(value)) return value.map((v, i) => mapStrings(v, [...path, i], f));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, [...path, k], f)]));
  return value;
}

export { solutions as solutionsSchema };
