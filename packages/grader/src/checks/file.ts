/** A file exists and its text matches (or does not match) a regular expression. */
import { type LabSession, utf8Decode } from "@rootlab/sim";
import { z } from "zod";
import { hostOf } from "./host-of.js";
import { regexField } from "./regex.js";
import type { Outcome } from "./types.js";

export const fileSpec = z.object({
  kind: z.literal("file"),
  host: z.string().describe("the host to inspect"),
  path: z.string().startsWith("/").describe("absolute path of the file"),
  matches: regexField("a JavaScript regular expression (multiline mode) the text must match"),
  notMatches: regexField("a JavaScript regular expression (multiline mode) the text must not match"),
});
export type FileSpec = z.infer<typeof fileSpec>;

export function evaluateFile(session: LabSession, spec: FileSpec): Outcome {
  const data = hostOf(session, spec.host).fs.readFile(spec.path);
  if (!data.ok) return { passed: false, detail: `${spec.path} cannot be read (${data.errno}).` };
  const text = utf8Decode(data.value);
  if (spec.matches && !new RegExp(spec.matches, "m").test(text))
    return { passed: false, detail: `${spec.path} does not contain what is expected.` };
  if (spec.notMatches && new RegExp(spec.notMatches, "m").test(text))
    return { passed: false, detail: `${spec.path} still contains what should be gone.` };
  return { passed: true, detail: `${spec.path} is as expected.` };
}
