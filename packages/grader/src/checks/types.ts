import type { LabSession } from "@rootlab/sim";

/** What evaluating one check found. `detail` says, in the learner's terms, what was seen. */
export interface Outcome {
  passed: boolean;
  detail: string;
}

/** A check kind: validates its spec, and evaluates it on a copy of the learner's lab. */
export interface CheckKind<S> {
  evaluate(session: LabSession, spec: S): Outcome;
}
