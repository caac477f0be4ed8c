/**
 * Bounds on what one command line may do, so that a runaway loop or a huge
 * output ends with an error instead of hanging the learner's tab. Every loop
 * iteration, pipeline stage and command invocation charges steps; every byte
 * written to the terminal charges output, every byte into a pipe or a file
 * charges data (a larger bound: files are not drawn on screen). Exceeding either throws `LimitExceeded`, which the
 * shell catches at the top of the line and reports.
 */
export class LimitExceeded extends Error {
  constructor(readonly limit: "steps" | "output") {
    super(limit === "steps" ? "command ran too long" : "output too large");
  }
}

export const DEFAULT_MAX_STEPS = 200_000;
/** bytes a single command line may write to the terminal in total */
export const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;
/**
 * bytes a single command line may move through pipes, command substitutions and into files in total: enough
 * for `head -c 10M /dev/urandom > f` or `dd ... | md5sum` as on a real machine, while an endless writer still ends
 */
export const DEFAULT_MAX_DATA = 64 * 1024 * 1024;

export class Budget {
  steps = 0;
  output = 0;
  data = 0;
  constructor(
    readonly maxSteps = DEFAULT_MAX_STEPS,
    readonly maxOutput = DEFAULT_MAX_OUTPUT,
    readonly maxData = Math.max(DEFAULT_MAX_DATA, maxOutput),
  ) {}

  charge(steps = 1): void {
    this.steps += steps;
    if (this.steps > this.maxSteps) throw new LimitExceeded("steps");
  }

  /** bytes for the terminal */
  chargeOutput(bytes: number): void {
    this.output += bytes;
    if (this.output > this.maxOutput) throw new LimitExceeded("output");
  }

  /** bytes into a pipe, a substitution or a file */
  chargeData(bytes: number): void {
    this.data += bytes;
    if (this.data > this.maxData) throw new LimitExceeded("output");
  }
}
