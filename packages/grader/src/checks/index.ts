/**
 * The check kinds, gathered: one zod union of specs, and one dispatcher.
 * `after-reboot`, `after` and `sequence` are here because they nest the
 * others: `after-reboot` reboots the copy of the lab and evaluates its inner
 * specs on what comes back; `after` runs lines and lets time pass on it
 * first; `sequence` evaluates its inner specs one after the other on one
 * copy, so that what a probe or a command did is there for the next (a
 * `reach` probe, then the `conntrack` entry it left).
 */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";
import { afterStep, describeSteps, runSteps } from "./after.js";
import { addressSpec, evaluateAddress } from "./address.js";
import { bootsSpec, evaluateBoots, rebootAndSee } from "./boots.js";
import { commandSpec, evaluateCommand } from "./command.js";
import { conntrackSpec, evaluateConntrack } from "./conntrack.js";
import { evaluateFile, fileSpec } from "./file.js";
import { evaluateLink, linkSpec } from "./link.js";
import { evaluateReach, reachSpec } from "./reach.js";
import { regexFieldsOf } from "./regex.js";
import { evaluateSql, sqlSpec } from "./sql.js";
import type { Outcome } from "./types.js";

/** the kinds that look at one moment of the lab; the nesting kinds below take these */
const stateSpec = z.discriminatedUnion("kind", [addressSpec, linkSpec, fileSpec, commandSpec, reachSpec, conntrackSpec, sqlSpec]);

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

export const sequenceSpec = z.object({
  kind: z.literal("sequence"),
  checks: z
    .array(z.discriminatedUnion("kind", [...stateSpec.options, afterRebootSpec]))
    .min(1)
    .describe("checks evaluated in order on one copy of the lab; each sees what the ones before it did; the first to fail fails the whole"),
});

export const checkSpec = z.discriminatedUnion("kind", [
  addressSpec,
  linkSpec,
  fileSpec,
  commandSpec,
  reachSpec,
  conntrackSpec,
  afterRebootSpec,
  sequenceSpec,
  bootsSpec,
  sqlSpec,
  afterSpec,
]);

/** Every key that holds a regular expression in some check kind ("matches", "stdoutMatches", ...). */
export const regexFields: ReadonlySet<string> = regexFieldsOf(checkSpec.options);
export type CheckSpec = z.input<typeof checkSpec>;

/** Kinds that change the lab they look at (run a command, reboot): they get a copy. */
const PROBES = new Set(["command", "sql", "reach", "after-reboot", "after", "sequence", "boots"]);

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
    case "reach":
      return evaluateReach(session, spec);
    case "conntrack":
      return evaluateConntrack(session, spec);
    case "boots":
      return evaluateBoots(session, spec);
    case "sql":
      return evaluateSql(session, spec);
    case "after-reboot": {
      const stopped = rebootAndSee(session, spec.host);
      if (stopped) return { passed: false, detail: `After a reboot, ${spec.host} did not boot: ${stopped}.` };
      for (const inner of spec.checks) {
        // already on a fork: inner probes may change it, as a person checking after the reboot would
        const o = evaluateOn(session, checkSpec.parse(inner));
        if (!o.passed) return { passed: false, detail: `After a reboot of ${spec.host}: ${o.detail}` };
      }
      return { passed: true, detail: `After a reboot of ${spec.host}, all is still in place.` };
    }
    case "sequence": {
      const details: string[] = [];
      for (const inner of spec.checks) {
        // already on a fork: each inner check sees what the ones before it did
        const o = evaluateOn(session, checkSpec.parse(inner));
        if (!o.passed) return { passed: false, detail: [...details, o.detail].join(" ") };
        details.push(o.detail);
      }
      return { passed: true, detail: details.join(" ") };
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
