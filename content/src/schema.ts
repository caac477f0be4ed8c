/**
 * The content format, as zod schemas: every field typed and described, so a
 * mistake in a lesson or exercise gives its author a precise message.
 * Strings in an exercise and its solutions may use the exercise's parameters
 * as `{{name}}` (see variants/); the schemas here validate an exercise once
 * its parameters are filled in (exercise-template.ts does that).
 */
import { check } from "@rootlab/grader";
import { z } from "zod";
import { slug } from "./frontmatter.js";
import { labIds, resolveLab } from "./labs.js";
import { params } from "./variants/params.js";

export { lessonFrontmatter, type LessonFrontmatter } from "./frontmatter.js";
export { courseOutline, type CourseOutline, type CoursePart } from "./course-outline.js";

/** What the learner sees and what is checked. Shipped to the browser: no solutions here. */
export const exercise = z
  .object({
    id: slug.describe("stable id, unique in the course; attempts are stored under it"),
    title: z.string().min(3).describe("short imperative title"),
    lab: z
      .string()
      .refine((id) => resolveLab(id) !== undefined, { error: (i) => `no built-in lab "${String(i.input)}" (there are: ${labIds().join(", ")})` })
      .describe("id of the built-in lab the terminal opens on (see labs.ts for a topology of the exercise's own)"),
    seed: z.number().int().nonnegative().default(1).describe("the world's PRNG seed (MAC addresses, ports...); not the learner's variant seed"),
    params: params,
    setup: z
      .array(z.string())
      .default([])
      .describe("command lines run before the learner starts, on the lab's first host or `@host command` on another; their output is not shown"),
    tasks: z.array(z.string().min(3)).min(1).describe("what to do, one step per item (Markdown)"),
    checks: z.array(check).min(1).describe("what is graded, in the order shown"),
    hints: z.array(z.string().min(3)).default([]).describe("hints in order of strength, the last nearly the answer (Markdown)"),
  })
  .strict()
  .superRefine((ex, ctx) => {
    const ids = new Set<string>();
    ex.checks.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["checks", i, "id"], message: `duplicate check id "${c.id}"` });
      ids.add(c.id);
    });
    if (ex.checks.every((c) => c.guard))
      ctx.addIssue({ code: "custom", path: ["checks"], message: "every check is a guard: at least one must need the learner's work" });
  });
export type Exercise = z.input<typeof exercise>;

/** A transcript line: "command" runs on the lab's first host, "@host command" on another. */
const line = z.string().describe('a command line, or "@host command line"');

/** Solutions prove an exercise: never shipped to the learner's browser. */
export const solutions = z
  .object({
    exercise: slug.describe("the id of the exercise these solve"),
    reference: z.array(line).min(1).describe("a correct solution: must reach a full score"),
    wrong: z
      .array(
        z
          .object({
            name: z.string().min(3).describe("what mistake it makes"),
            lines: z.array(line).describe("the attempt (may be empty)"),
            fails: z.array(slug).min(1).describe("ids of exactly the checks it must fail"),
          })
          .strict(),
      )
      .default([])
      .describe("plausible wrong attempts, each naming the checks it must fail (a lesson file needs at least one: content:check; the studio's own exercises may have none)"),
  })
  .strict();
export type Solutions = z.input<typeof solutions>;
export type ParsedSolutions = z.output<typeof solutions>;
