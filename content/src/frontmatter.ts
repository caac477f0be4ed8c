/** The YAML frontmatter at the top of a lesson's lesson.mdx (kept free of the simulation so the generator loads fast). */
import { z } from "zod";

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens");

export const lessonFrontmatter = z
  .object({
    title: z.string().min(3).describe("the lesson's title"),
    summary: z.string().min(10).describe("one or two sentences for the course outline and link previews"),
    topic: z.string().min(2).describe('what it is about, shown as a tag ("Addressing", "Routing", ...)'),
    minutes: z.number().int().positive().describe("about how long it takes"),
    exercises: z.array(slug).default([]).describe("ids of the exercises the lesson embeds, in order (defined in the lesson's exercises.ts)"),
    lab: z
      .string()
      .optional()
      .describe("the built-in lab the lesson's ```sh examples run on when content:check compares their shown output; default: the lab of its first exercise"),
  })
  .strict();
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
