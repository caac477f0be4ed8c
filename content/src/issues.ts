/** Content errors as paths inside the content, from zod's issues. Free of the simulation: the generator loads it. */
import type { z } from "zod";

export type ContentPath = (string | number)[];

/** One thing wrong with a piece of content, at a path inside it. */
export interface ContentIssue {
  path: ContentPath;
  message: string;
}

export function zodIssues(error: z.ZodError, prefix: ContentPath = []): ContentIssue[] {
  return error.issues.map((i) => ({ path: [...prefix, ...issuePath(i)], message: i.message }));
}

/** An issue's path; for an unknown key, the key itself, so that its line can be found. */
export function issuePath(issue: z.core.$ZodIssue): ContentPath {
  const path = issue.path as ContentPath;
  return issue.code === "unrecognized_keys" && issue.keys.length ? [...path, issue.keys[0]] : path;
}

/** A field path as an author reads it: exercises[0].checks[2].spec.address */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out || "(top level)";
}
