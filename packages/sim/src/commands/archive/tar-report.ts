/**
 * How GNU tar talks about trouble: non-fatal errors print "tar: ..." and set
 * the exit status to 2 with a closing "Exiting with failure status due to
 * previous errors"; fatal ones end with "Error is not recoverable: exiting
 * now". Messages (like "Removing leading `/'") change nothing.
 */
import type { Process } from "../../process/process.js";

export class TarReporter {
  /** a non-fatal error happened */
  failed = false;
  constructor(private readonly proc: Process) {}

  message(text: string): void {
    this.proc.stderr.write(`tar: ${text}\n`);
  }

  error(text: string): void {
    this.message(text);
    this.failed = true;
  }

  /** print the fatal error and its closing line; returns tar's status 2 */
  fatal(text: string): number {
    if (text) this.message(text);
    this.message("Error is not recoverable: exiting now");
    return 2;
  }

  verbose(name: string, to: "stdout" | "stderr"): void {
    (to === "stdout" ? this.proc.stdout : this.proc.stderr).write(`${name}\n`);
  }

  /** the exit status at the end of a run that was not fatal */
  finish(): number {
    if (!this.failed) return 0;
    this.message("Exiting with failure status due to previous errors");
    return 2;
  }
}
