/** A probe: run a command line on a copy of the lab and look at what it printed and its exit status. */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";
import { regexField } from "./regex.js";
import type { Outcome } from "./types.js";

export const commandSpec = z.object({
  kind: z.literal("command"),
  host: z.string().describe("the host to run it on"),
  run: z.string().min(1).describe("the command line, as typed at the prompt"),
  stdoutMatches: regexField("a JavaScript regular expression (multiline mode) its standard output must match"),
  stdoutNotMatches: regexField("a JavaScript regular expression (multiline mode) its standard output must not match"),
  exit: z.number().int().min(0).max(255).optional().describe("the exit status it must end with"),
});
export type CommandSpec = z.infer<typeof commandSpec>;

export function evaluateCommand(session: LabSession, spec: CommandSpec): Outcome {
  const out = session.run(spec.host, spec.run);
  const shown = `\`${spec.run}\` on ${spec.host}`;
  if (spec.exit !== undefined && out.exit !== spec.exit)
    return { passed: false, detail: `${shown} exited with status ${out.exit}, not ${spec.exit}.` };
  if (spec.stdoutMatches && !new RegExp(spec.stdoutMatches, "m").test(out.stdout))
    return { passed: false, detail: `${shown} did not print what was expected.` };
  if (spec.stdoutNotMatches && new RegExp(spec.stdoutNotMatches, "m").test(out.stdout))
    return { passed: false, detail: `${shown} printed something it should not.` };
  return { passed: true, detail: `${shown} behaved as expected.` };
}
