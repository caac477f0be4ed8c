/**
 * Grading: state checks read the learner's lab; every probe (a command, a
 * reboot) runs on its own copy, so a probe can't disturb another check, nor
 * the learner. The report lists each result with the words the learner sees.
 */
import { CommandsPending, LabSession, type Transcript } from "@rootlab/sim";
import { z } from "zod";
import { checkSpec, evaluateSpec } from "./checks/index.js";

export const check = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case words joined by hyphens").describe("stable id, unique in the exercise"),
  title: z.string().min(1).describe("what is checked, as the learner reads it"),
  spec: checkSpec,
  failMessage: z.string().min(1).describe("shown when the check fails: what is missing, in the learner's terms"),
  hint: z.string().optional().describe("a nudge towards the fix, without the answer"),
  weight: z.number().positive().default(1).describe("share of the score"),
  guard: z
    .boolean()
    .default(false)
    .describe(
      "true for a check that guards what the lab already had (\"the primary address is kept\"): it passes on an untouched lab, so it earns nothing until the learner has achieved something (see `grade`)",
    ),
});
export type Check = z.input<typeof check>;

export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  /** the fail message and what was seen, or what was seen when it passed */
  message: string;
  hint?: string;
}

export interface GradeReport {
  /** 0..1, weighted; 0 while no check other than a guard passes */
  score: number;
  passed: number;
  total: number;
  results: CheckResult[];
}

/**
 * Grade the learner's world. The score is the weighted share of checks
 * passed, except that guards alone earn nothing: a check marked `guard`
 * ("don't break what was there") passes on an untouched lab, so the score is
 * 0 until at least one non-guard check passes. An empty attempt scores 0.
 */
export function grade(session: LabSession, checks: Check[]): GradeReport {
  const results: CheckResult[] = [];
  let got = 0;
  let all = 0;
  let achieved = false;
  for (const input of checks) {
    const c = check.parse(input);
    let outcome;
    try {
      outcome = evaluateSpec(session, c.spec);
    } catch (e) {
      // a browser that has not loaded a program's code yet: the caller loads it and grades again (checks run on copies)
      if (e instanceof CommandsPending) throw e;
      outcome = { passed: false, detail: `This check could not run: ${(e as Error).message}` };
    }
    all += c.weight;
    if (outcome.passed) got += c.weight;
    if (outcome.passed && !c.guard) achieved = true;
    results.push({
      id: c.id,
      title: c.title,
      passed: outcome.passed,
      message: outcome.passed ? outcome.detail : `${c.failMessage} ${outcome.detail}`,
      ...(outcome.passed || c.hint === undefined ? {} : { hint: c.hint }),
    });
  }
  return {
    score: all === 0 || !achieved ? 0 : Math.round((got / all) * 1000) / 1000,
    passed: results.filter((r) => r.passed).length,
    total: results.length,
    results,
  };
}

/** Replay a transcript from scratch and grade the world it reaches: what the server records. */
export function gradeTranscript(transcript: Transcript, checks: Check[]): GradeReport {
  const { session } = LabSession.replay(transcript);
  return grade(session, checks);
}
