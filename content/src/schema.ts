/**
 * The content format, as zod schemas: every field typed and described, so a
 * mistake in a lesson or exercise gives its author a precise message.
 */
import { check } from "@rootlab/grader";
import { listLabs } from "@rootlab/sim";
import { z } from "zod";
import { slug } from "./frontmatter.js";

export { lessonFrontmatter, type LessonFrontmatter } from "./frontmatter.js";

/** What the learner sees and what is checked. Shipped to the browser: no solutions here. */
export const exercise = z
  .object({
    id: slug.describe("stable id, unique in the course; attempts are stored under it"),
    title: z.string().min(3).describe("short imperative title"),
    lab: z
      .string()
      .refine((id) => listLabs().some((l) => l.id === id), "no built-in lab with this id")
      .describe("the lab the terminal opens on"),
    seed: z.number().int().nonnegative().default(1).describe("the world's PRNG seed"),
    setup: z.array(z.string()).default([]).describe("command lines run on the lab's first host before the learner starts (host prefix @name allowed)"),
    tasks: z.array(z.string().min(3)).min(1).describe("what to do, one step per item (Markdown)"),
    checks: z.array(check).min(1).describe("what is graded, in the order shown"),
    hints: z.array(z.string()).default([]).describe("hints in order of strength, the last nearly the answer"),
  })
  .superRefine((ex, ctx) => {
    const ids = new Set<string>();
    ex.checks.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["checks", i, "id"], message: `duplicate check id "${c.id}"` });
      ids.add(c.id);
    });
  });
export type Exercise = z.input<typeof exercise>;

/** A transcript line: "command" runs on the lab's first host, "@host command" on another. */
const line = z.string();

/** Solutions prove an exercise: never shipped to the learner's browser. */
export const solutions = z.object({
  exercise: slug.describe("the exercise these solve"),
  reference: z.array(line).min(1).describe("a correct solution: must reach a full score"),
  wrong: z
    .array(
      z.object({
        name: z.string().describe("what mistake it makes"),
        lines: z.array(line).describe("the attempt (may be empty)"),
        fails: z.array(slug).min(1).describe("ids of exactly the checks it must fail"),
      }),
    )
    .min(1)
    .describe("plausible wrong attempts, each naming the checks it must fail"),
});
export type Solutions = z.input<typeof solutions>;
