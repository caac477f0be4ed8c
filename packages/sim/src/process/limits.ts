/**
 * Bounds on what one command line may do, so that a runaway loop or a huge
 * output ends with an error instead of hanging the learner's tab. Every loop
 * iteration, pipeline stage and command invocation charges steps; every byte
 * written charges output. Exceeding either throws `LimitExceeded`, which the
 * shell catches at the top of the line and reports.
 */
export class LimitExceeded extends Error {
  constructor(readonly limit: "steps" | "output") {
    super(limit === "steps" ? "command ran too long" : "output too large");
  }
}

export const DEFAULT_MAX_STEPS = 200_000;
/** bytes a single command line may write to the terminal or pipes in total */
export const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;

export class Budget {
  steps = 0;
  output = 0;
  constructor(
    readonly maxSteps = DEFAULT_MAX_STEPS,
    readonly maxOutput = DEFAULT_MAX_OUTPUT,
  ) {}

  charge(steps = 1): void {
    this.steps += steps;
    if (this.steps > this.maxSteps) throw new LimitExceeded("steps");
  }

  chargeOutput(bytes: number): void {
    this.output += bytes;
    if (this.output > this.maxOutput) throw new LimitExceeded("output");
  }
}
