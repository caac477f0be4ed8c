/**
 * An attempt at an exercise: the lab with the exercise's setup applied, then
 * what the learner did. The setup comes from the exercise, never from the
 * attempt, so a submitted transcript can't skip or rewrite it.
 */
import { type LabSpec, LabSession, type LineResult, type TranscriptEntry } from "@rootlab/sim";
import type { ParsedExercise } from "./exercise-template.js";
import { resolveLab } from "./labs.js";

/** "@host cmd" runs on host; anything else on the lab's first host. */
export function parseLine(line: string): { host: string | undefined; line: string } {
  const m = /^@(\S+)\s+(.*)$/.exec(line);
  return m ? { host: m[1], line: m[2] } : { host: undefined, line };
}

/**
 * Boots a lab: `LabSession.create` by default. A server may pass one that
 * returns a `fork()` of a lab it booted earlier for the same lab and seed
 * (a freshly created session and a fork of one are the same world, with
 * login shells not yet started), so that a replay does not pay for the boot.
 */
export type BootLab = (lab: LabSpec, seed: number) => LabSession;

/** A lab session ready for the learner: built, setup run, transcript empty. The variant is the exercise's own (see instantiateExercise). */
export function startExercise(
  ex: ParsedExercise,
  opts: { onSetupLine?: (index: number, result: LineResult) => void; boot?: BootLab } = {},
): LabSession {
  const lab = labOf(ex);
  const session = opts.boot ? opts.boot(lab, ex.seed) : LabSession.create(lab, ex.seed);
  ex.setup.forEach((l, i) => {
    const { host, line } = parseLine(l);
    const r = session.run(host, line);
    opts.onSetupLine?.(i, r);
  });
  session.transcript.entries.length = 0;
  return session;
}

/**
 * Replay what a learner did on a fresh start of the exercise. `maxSteps`
 * bounds the shell work of the whole replay (the server passes it for
 * untrusted transcripts); past it `TranscriptTooCostly` is thrown.
 */
export function replayAttempt(ex: ParsedExercise, entries: TranscriptEntry[], opts: { maxSteps?: number } = {}): LabSession {
  const session = startExercise(ex);
  session.playEntries(entries, opts.maxSteps);
  return session;
}

/** Solution lines ("@host cmd" or "cmd") as transcript entries. */
export function entriesFromLines(ex: ParsedExercise, lines: string[]): TranscriptEntry[] {
  return lines.map((l) => {
    const { host, line } = parseLine(l);
    return { host: host ?? defaultHostOf(ex), line };
  });
}

function defaultHostOf(ex: ParsedExercise): string {
  return labOf(ex).hosts[0].name;
}

function labOf(ex: ParsedExercise) {
  const lab = resolveLab(ex.lab);
  if (!lab) throw new Error(`exercise ${ex.id}: unknown lab "${ex.lab}"`);
  return lab;
}
