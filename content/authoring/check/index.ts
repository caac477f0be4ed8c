/**
 * `content:check`: every rule a lesson and its exercises must keep, over a
 * content folder (the course's, or a test fixture's). Errors name the file,
 * the line and the field. Node only.
 *
 * Per lesson: frontmatter and outline (via generate), the MDX body
 * (lesson-body.ts), exercises.ts (schema, parameters, templates, ids the
 * frontmatter lists), solutions.ts (schema, one per exercise, the checks it
 * names exist), and the proofs over `seeds` variants: the rules of one
 * exercise are src/validate/'s, shared with the studio; this file applies
 * them file by file and finds the lines.
 * Finally: the generated modules are up to date.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type ExerciseTemplate, parseExerciseTemplate, parseSolutionsTemplate } from "../../src/exercise-template.js";
import type { LessonFrontmatter } from "../../src/frontmatter.js";
import type { Solutions } from "../../src/schema.js";
import { type ContentError, formatPath } from "../errors.js";
import { generate, lessonSlugs, rel, staleFiles } from "../generate.js";
import { splitMdx } from "../yaml-source.js";
import { proofSeeds, proveExercise } from "../../src/validate/exercise-proofs.js";
import { AUTHORED_ID_PREFIX } from "../../src/validate/authored.js";
import { namedChecks } from "../../src/validate/exercise.js";
import { checkLessonBody } from "./lesson-body.js";
import { type LineOf, tsLocator } from "./locate-ts.js";

export interface CheckOptions {
  /** variant seeds proved per exercise with parameters, besides the default variant */
  seeds?: number;
  /** compare src/generated/ with what generate makes (off for fixtures, which have none) */
  generated?: boolean;
}

export const DEFAULT_SEEDS = 50;

export async function checkContent(contentDir: string, opts: CheckOptions = {}): Promise<ContentError[]> {
  const seeds = proofSeeds(opts.seeds ?? DEFAULT_SEEDS);
  const gen = generate(contentDir);
  const errors: ContentError[] = [...gen.errors];
  const slugs = lessonSlugs(contentDir);
  const lessonSet = new Set(slugs);
  const exerciseOwner = new Map<string, string>();

  for (const slug of slugs) {
    const dir = join(contentDir, "lessons", slug);
    const mdxFile = rel(`lessons/${slug}/lesson.mdx`);
    const mdx = splitMdx(readFileSync(join(dir, "lesson.mdx"), "utf8"));
    const fm = (mdx.frontmatter?.data ?? {}) as Partial<LessonFrontmatter>;
    const fmLine = (path: (string | number)[]) => mdx.frontmatter?.lineOf(path) ?? 1;

    const ex = await loadExercises(contentDir, slug, errors);
    const templates: ExerciseTemplate[] = [];
    /** ids of exercises with errors: their solutions are not checked until they are fixed */
    const broken = new Set<unknown>();
    for (const { value, index } of ex.items) {
      const r = parseExerciseTemplate(value);
      if (!r.ok) {
        broken.add((value as { id?: unknown }).id);
        for (const i of r.issues) errors.push({ file: ex.file, line: ex.lineOf([index, ...i.path]), message: `exercises[${index}].${formatPath(i.path)}: ${i.message}` });
        continue;
      }
      const owner = exerciseOwner.get(r.value.id);
      if (owner) errors.push({ file: ex.file, line: ex.lineOf([index, "id"]), message: `exercises[${index}].id: "${r.value.id}" is also an exercise of lesson ${owner}` });
      exerciseOwner.set(r.value.id, slug);
      if (r.value.id.startsWith(AUTHORED_ID_PREFIX))
        errors.push({ file: ex.file, line: ex.lineOf([index, "id"]), message: `exercises[${index}].id: ids starting with "${AUTHORED_ID_PREFIX}" are kept for exercises written in the studio` });
      templates.push(r.value);
    }
    const listed = Array.isArray(fm.exercises) ? fm.exercises : [];
    listed.forEach((id, i) => {
      if (typeof id === "string" && !ex.items.some((x) => (x.value as { id?: unknown }).id === id))
        errors.push({ file: mdxFile, line: fmLine(["exercises", i]), message: `frontmatter exercises[${i}]: no exercise "${id}" in lessons/${slug}/exercises.ts` });
    });
    for (const t of templates)
      if (!listed.includes(t.id)) errors.push({ file: mdxFile, line: fmLine(["exercises"]), message: `frontmatter exercises: "${t.id}" is defined in exercises.ts but not listed` });

    const lab = fm.lab ?? templates[0]?.lab;
    errors.push(...checkLessonBody({ file: mdxFile, dir, body: mdx.body, bodyLine: mdx.bodyLine, lessons: lessonSet, lab, labReported: broken.size > 0 }));
    if (fm.lab !== undefined && templates.length === 0 && !(await import("../../src/labs.js")).resolveLab(fm.lab))
      errors.push({ file: mdxFile, line: fmLine(["lab"]), message: `frontmatter lab: no built-in lab "${fm.lab}"` });

    if (templates.length === 0 && !existsSync(join(dir, "solutions.ts"))) continue;
    const sol = await loadSolutions(contentDir, slug, errors);
    const byExercise = new Map<string, { value: Solutions; index: number }>();
    for (const { value, index } of sol.items) {
      const id = (value as { exercise?: unknown }).exercise;
      if (broken.has(id)) continue;
      const template = templates.find((t) => t.id === id);
      const r = parseSolutionsTemplate(value, template);
      if (!r.ok) {
        for (const i of r.issues) errors.push({ file: sol.file, line: sol.lineOf([index, ...i.path]), message: `solutions[${index}].${formatPath(i.path)}: ${i.message}` });
        continue;
      }
      if (!template) {
        errors.push({ file: sol.file, line: sol.lineOf([index, "exercise"]), message: `solutions[${index}].exercise: no exercise "${String(id)}" in this lesson` });
        continue;
      }
      if (byExercise.has(template.id)) errors.push({ file: sol.file, line: sol.lineOf([index, "exercise"]), message: `solutions[${index}].exercise: "${template.id}" already has solutions` });
      if ((r.value.wrong ?? []).length === 0)
        errors.push({ file: sol.file, line: sol.lineOf([index, "exercise"]), message: `solutions[${index}].wrong: add at least one plausible wrong solution, naming the checks it must fail` });
      const unnamed = namedChecks(template, r.value);
      for (const i of unnamed) errors.push({ file: sol.file, line: sol.lineOf([index, ...i.path]), message: `solutions[${index}].${formatPath(i.path)}: ${i.message}` });
      if (unnamed.length === 0) byExercise.set(template.id, { value: r.value, index });
    }
    for (const t of templates) {
      const s = byExercise.get(t.id);
      if (!s) {
        if (!sol.items.some((x) => (x.value as { exercise?: unknown }).exercise === t.id))
          errors.push({ file: sol.file, line: 1, message: `exercise "${t.id}" has no solutions: add a reference solution and wrong ones` });
        continue;
      }
      const exIndex = ex.items.find((x) => (x.value as { id?: unknown }).id === t.id)!.index;
      for (const f of proveExercise(t, s.value, [s.index], seeds)) {
        if (f.in === "solutions") errors.push({ file: sol.file, line: sol.lineOf(f.path), message: `solutions[${s.index}].${formatPath(f.path.slice(1))}: ${f.message}` });
        else errors.push({ file: ex.file, line: ex.lineOf([exIndex, ...f.path]), message: `exercises[${exIndex}].${formatPath(f.path)}: ${f.message}` });
      }
    }
  }

  if (opts.generated !== false && gen.errors.length === 0)
    for (const f of staleFiles(contentDir, gen.files))
      errors.push({ file: rel(f), message: "out of date with the content files: run `npm run generate -w @rootlab/content` (npm run dev keeps it up to date)" });
  return errors;
}

interface Loaded {
  file: string;
  items: { value: unknown; index: number }[];
  lineOf: LineOf;
}

async function loadExercises(contentDir: string, slug: string, errors: ContentError[]): Promise<Loaded> {
  return loadArray(contentDir, slug, "exercises", errors);
}

async function loadSolutions(contentDir: string, slug: string, errors: ContentError[]): Promise<Loaded> {
  return loadArray(contentDir, slug, "solutions", errors);
}

/** lessons/<slug>/<name>.ts's export `<name>`: an array; its items with a line locator. */
async function loadArray(contentDir: string, slug: string, name: string, errors: ContentError[]): Promise<Loaded> {
  const path = join(contentDir, "lessons", slug, `${name}.ts`);
  const file = rel(`lessons/${slug}/${name}.ts`);
  const empty: Loaded = { file, items: [], lineOf: () => 1 };
  if (!existsSync(path)) {
    if (name === "solutions") errors.push({ file, message: "missing: every lesson with exercises has solutions.ts (see content/README.md)" });
    return empty;
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    errors.push({ file, message: `cannot be loaded: ${(e as Error).message.split("\n")[0]}` });
    return empty;
  }
  const value = mod[name];
  if (!Array.isArray(value)) {
    errors.push({ file, message: `must export \`const ${name} = [...]\`` });
    return empty;
  }
  return { file, items: value.map((v, index) => ({ value: v, index })), lineOf: tsLocator(readFileSync(path, "utf8"), name) };
}
