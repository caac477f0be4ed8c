import type { LessonFrontmatter } from "./frontmatter.js";

/** A lesson as the generator emits it: validated frontmatter and the MDX body. */
export interface LessonSource {
  slug: string;
  frontmatter: LessonFrontmatter;
  body: string;
}
