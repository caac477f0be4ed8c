/**
 * The check kinds, gathered: one zod union of specs, and one dispatcher.
 * `after-reboot` and `after` are here because they nest the others: they
 * reboot the copy of the lab, or run lines and let time pass on it, and
 * evaluate their inner specs on what comes of it.
 */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";
import { afterStep, describeSteps, runSteps } from "./after.js";
import { addressSpec, evaluateAddress } from "./address.js";
import { commandSpec, evaluateCommand } from "./command.js";
import { evaluateFile, fileSpec } from "./file.js";
import { evaluateLink, linkSpec } from "./link.js";
import { regexFieldsOf } from "./regex.js";
import { evaluateSql, sqlSpec } from "./sql.js";
import type { Outcome } from "./types.js";

const stateSpec = z.discriminatedUnion("kind", [addressSpec, linkSpec, fileSpec, commandSpec, sqlSpec]);

export const afterRebootSpec = z.object({
  kind: z.literal("after-reboot"),
  host: z.string().describe("the host to reboot (on a copy of the lab)"),
  checks: z.array(stateSpec).min(1).describe("what must hold once it has booted again"),
});

export const afterSpec = z.object({
  kind: z.literal("after"),
  steps: z.array(afterStep).min(1).describe("what happens first, in order: command lines on hosts, virtual time passing"),
  checks: z.array(stateSpec).min(1).describe("what must hold once the steps are done"),
});

export const checkSpec = z.discriminatedUnion("kind", [addressSpec, linkSpec, fileSpec, commandSpec, sqlSpec, afterRebootSpec, afterSpec]);

/** Every key that holds a regular expression in some check kind ("matches", "stdoutMatches", ...). */
export const regexFields: ReadonlySet<string> = regexFieldsOf(checkSpec.options);
export type CheckSpec = z.input<typeof checkSpec>;

/** Kinds that change the lab they look at (run a command, reboot): they get a copy. */
const PROBES = new Set(["command", "sql", "after-reboot", "after"]);

/**
 * Evaluate a spec against the learner's lab. State predicates only read it;
 * probes (a command, a reboot) run on a fork, so the learner's world is never
 * changed and one probe cannot disturb another check.
 */
export function evaluateSpec(session: LabSession, input: CheckSpec): Outcome {
  const spec = checkSpec.parse(input);
  return evaluateOn(PROBES.has(spec.kind) ? session.fork() : session, spec);
}

/** Evaluate on `session` as it is (the caller chose whether it is a fork). */
function evaluateOn(session: LabSession, spec: ReturnType<typeof checkSpec.parse>): Outcome {
  switch (spec.kind) {
    case "address":
      return evaluateAddress(session, spec);
    case "link":
      return evaluateLink(session, spec);
    case "file":
      return evaluateFile(session, spec);
    case "command":
      return evaluateCommand(session, spec);
    case "sql":
      return evaluateSql(session, spec);
    case "after-reboot": {
      session.rebootHost(spec.host);
      for (const inner of spec.checks) {
        // already on a fork: inner probes may change it, as a person checking after the reboot would
        const o = evaluateOn(session, checkSpec.parse(inner));
        if (!o.passed) return { passed: false, detail: `After a reboot of ${spec.host}: ${o.detail}` };
      }
      return { passed: true, detail: `After a reboot of ${spec.host}, all is still in place.` };
    }
    case "after": {
      runSteps(session, spec.steps);
      for (const inner of spec.checks) {
        const o = evaluateOn(session, checkSpec.parse(inner));
        if (!o.passed) return { passed: false, detail: `After ${describeSteps(spec.steps)}: ${o.detail}` };
      }
      return { passed: true, detail: `After ${describeSteps(spec.steps)}, all is as expected.` };
    }
  }
}
