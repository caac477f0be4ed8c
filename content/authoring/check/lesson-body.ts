/**
 * A lesson file's body, checked by the shared rules of
 * src/validate/markdown-body.ts (links, images, code blocks, commands, shown
 * output), with its images looked up on disk and its lines counted from the
 * top of lesson.mdx.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkMarkdownBody } from "../../src/validate/markdown-body.js";
import type { ContentError } from "../errors.js";

export interface LessonBodyInput {
  /** repository-relative, for errors */
  file: string;
  /** the lesson's folder on disk (images) */
  dir: string;
  body: string;
  /** line of the file where the body starts */
  bodyLine: number;
  /** every lesson slug of the course */
  lessons: ReadonlySet<string>;
  /** the lab the sh blocks run on (undefined: not run) */
  lab: string | undefined;
  /** the lesson has exercises that failed validation: their lab is unknown, and that is reported already */
  labReported?: boolean;
}

export function checkLessonBody(input: LessonBodyInput): ContentError[] {
  const folder = input.file.replace(/\/[^/]+$/, "/");
  return checkMarkdownBody({
    body: input.body,
    format: "mdx",
    lessons: input.lessons,
    lab: input.lab,
    labReported: input.labReported,
    images: { folder, exists: (url) => existsSync(join(input.dir, url)) },
  }).map((i) => ({ file: input.file, line: i.line + input.bodyLine - 1, message: i.message }));
}
