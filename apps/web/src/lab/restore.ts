/**
 * Bring back a learner's lab after a reload: start the exercise afresh and
 * run the saved entries again, keeping each line's prompt and output so the
 * terminals can redraw the screen the learner left. Same steps as
 * `replayAttempt` from @rootlab/content (that is what the server grades),
 * plus the prompts, which only a screen needs.
 */
// The subpath, not the package's index: the index brings the zod schemas, which the browser does not need.
import { startExercise } from "@rootlab/content/attempt";
import type { ParsedExercise } from "@rootlab/content";
import type { LabSession, TranscriptEntry } from "@rootlab/sim";

type LineResult = ReturnType<LabSession["run"]>;

export interface RestoredLab {
  session: LabSession;
  /** every command line replayed, in order, with the prompt it was typed at */
  previous: { prompt: string; result: LineResult }[];
}

export function restoreLab(ex: ParsedExercise, entries: readonly TranscriptEntry[]): RestoredLab {
  const session = startExercise(ex);
  const previous: RestoredLab["previous"] = [];
  for (const e of entries) {
    if ("advance" in e) {
      session.advance(e.advance);
      continue;
    }
    const prompt = session.prompt(e.host);
    previous.push({ prompt, result: session.run(e.host, e.line, e.tty) });
  }
  return { session, previous };
}
