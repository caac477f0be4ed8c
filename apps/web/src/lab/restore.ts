/**
 * Bring back a learner's lab after a reload: start the exercise afresh (its
 * lab restored from the snapshot the site build made, when there is one) and
 * run the saved entries again, keeping each line's prompt and output so the
 * terminals can redraw the screen the learner left. Same steps as
 * `replayAttempt` from @rootlab/content (that is what the server grades),
 * plus the prompts, which only a screen needs. Asynchronous: a browser loads
 * the programs' code as the lines need it (@rootlab/sim's registry).
 */
// The subpath, not the package's index: the index brings the zod schemas, which the browser does not need.
import { startExercise, startExerciseLoading } from "@rootlab/content/attempt";
import type { ParsedExercise } from "@rootlab/content";
import type { LabSession, LabSnapshot, TranscriptEntry } from "@rootlab/sim";

type LineResult = ReturnType<LabSession["run"]>;

export interface RestoredLab {
  session: LabSession;
  /** every command line replayed, in order, with the prompt it was typed at */
  previous: { prompt: string; result: LineResult }[];
}

export async function restoreLab(ex: ParsedExercise, entries: readonly TranscriptEntry[], snapshot?: LabSnapshot): Promise<RestoredLab> {
  const session = await startExerciseLoading(ex, snapshot);
  const previous: RestoredLab["previous"] = [];
  for (const e of entries) {
    if ("advance" in e) {
      await session.advanceLoading(e.advance);
      continue;
    }
    const prompt = session.prompt(e.host);
    previous.push({ prompt, result: await session.runLoading(e.host, e.line, e.tty) });
  }
  return { session, previous };
}

/** A fresh start, at once: for Reset, when the setup's programs are loaded (they ran when the lab first started). */
export function restartLab(ex: ParsedExercise, snapshot?: LabSnapshot): RestoredLab {
  return { session: startExercise(ex, { snapshot }), previous: [] };
}
