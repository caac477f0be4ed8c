/**
 * Fields of a check spec that hold a regular expression. They are marked in
 * zod's metadata (`regex: true`) so that tools can find them: the content
 * format's parameters are substituted into them escaped, as literal text
 * (content/src/variants), and a malformed pattern is a schema error, not a
 * check that fails at grading time.
 */
import { z } from "zod";

/** metadata key marking a regular-expression field */
export const REGEX_META = "regex";

/** An optional JavaScript regular expression (compiled with the `m` flag). */
export function regexField(description: string) {
  return z
    .string()
    .refine(isRegExp, "not a valid regular expression")
    .optional()
    .meta({ description, [REGEX_META]: true });
}

export function isRegExp(s: string): boolean {
  try {
    new RegExp(s, "m");
    return true;
  } catch {
    return false;
  }
}

/** Names of the regular-expression fields of the given object schemas. */
export function regexFieldsOf(objects: readonly z.ZodObject[]): Set<string> {
  const names = new Set<string>();
  for (const o of objects)
    for (const [key, field] of Object.entries(o.shape))
      if ((field as z.ZodType).meta()?.[REGEX_META] === true) names.add(key);
  return names;
}
