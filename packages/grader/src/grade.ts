/**
 * Grading: every check runs on its own copy of the learner's lab (a probe in
 * one check can't disturb another, nor the learner), and the report lists
 * each result with the words the learner sees.
 */
import { LabSession, type Transcript } from "@rootlab/sim";
import { z } from "zod";
import { checkSpec, evaluateSpec } from "./checks/index.js";

export const check = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case words joined by hyphens").describe("stable id, unique in the exercise"),
  title: z.string().min(1).describe("what is checked, as the learner reads it"),
  spec: checkSpec,
  failMessage: z.string().min(1).describe("shown when the check fails: what is missing, in the learner's terms"),
  hint: z.string().optional().describe("a nudge towards the fix, without the answer"),
  weight: z.number().positive().default(1).describe("share of the score"),
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
  /** 0..1, weighted */
  score: number;
  passed: number;
  total: number;
  results: CheckResult[];
}

export function grade(session: LabSession, checks: Check[]): GradeReport {
  const results: CheckResult[] = [];
  let got = 0;
  let all = 0;
  for (const input of checks) {
    const c = check.parse(input);
    let outcome;
    try {
      outcome = evaluateSpec(session.fork(), c.spec);
    } catch (e) {
      outcome = { passed: false, detail: `This check could not run: ${(e as Error).message}` };
    }
    all += c.weight;
    if (outcome.passed) got += c.weight;
    results.push({
      id: c.id,
      title: c.title,
      passed: outcome.passed,
      message: outcome.passed ? outcome.detail : `${c.failMessage} ${outcome.detail}`,
      ...(outcome.passed || c.hint === undefined ? {} : { hint: c.hint }),
    });
  }
  return {
    score: all === 0 ? 0 : Math.round((got / all) * 1000) / 1000,
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
