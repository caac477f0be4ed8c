/** The course outline (content/course.yaml): parts in order, each a list of lesson slugs. Free of the simulation: the generator loads it. */
import { z } from "zod";
import { slug } from "./frontmatter.js";

export const coursePart = z
  .object({
    title: z.string().min(3).describe("the part's title, as the course page shows it"),
    lessons: z.array(slug).min(1).describe("lesson slugs in order: each is the folder lessons/<slug>/"),
  })
  .strict();
export type CoursePart = z.output<typeof coursePart>;

export const courseOutline = z
  .object({
    title: z.string().min(3).describe("the course's title"),
    parts: z.array(coursePart).min(1).describe("the parts of the course, in order"),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.parts.forEach((p, i) =>
      p.lessons.forEach((l, j) => {
        if (seen.has(l)) ctx.addIssue({ code: "custom", path: ["parts", i, "lessons", j], message: `lesson "${l}" is listed twice` });
        seen.add(l);
      }),
    );
  });
export type CourseOutline = z.output<typeof courseOutline>;
