/**
 * An attempt at an exercise: the lab with the exercise's setup applied, then
 * what the learner did. The setup comes from the exercise, never from the
 * attempt, so a submitted transcript can't skip or rewrite it.
 */
import { type LabSnapshot, type LabSpec, LabSession, type LineResult, loadLabBuilder, restoreLabSnapshot, type TranscriptEntry } from "@rootlab/sim";
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
  opts: { onSetupLine?: (index: number, result: LineResult) => void; boot?: BootLab; snapshot?: LabSnapshot } = {},
): LabSession {
  const lab = labOf(ex);
  // a server's booted-lab memo, or the lab's snapshot (a browser whose setup programs are loaded, see startExerciseLoading), or a fresh boot
  const session = opts.boot ? opts.boot(lab, ex.seed) : opts.snapshot ? restoreLabSnapshot(lab, ex.seed, opts.snapshot) : LabSession.create(lab, ex.seed);
  ex.setup.forEach((l, i) => {
    const { host, line } = parseLine(l);
    const r = session.run(host, line);
    opts.onSetupLine?.(i, r);
  });
  session.transcript.entries.length = 0;
  return session;
}

/**
 * `startExercise` for a browser: the lab restored from its snapshot when one
 * is given (made when the site is built: `labSnapshot(ex.lab, ex.seed)`),
 * else built here; setup lines run as their programs' code loads (a browser
 * loads command groups on demand). The same session as `startExercise`.
 */
export async function startExerciseLoading(ex: ParsedExercise, snapshot?: LabSnapshot): Promise<LabSession> {
  if (!snapshot) await loadLabBuilder();
  const session = snapshot ? restoreLabSnapshot(labOf(ex), ex.seed, snapshot) : LabSession.create(labOf(ex), ex.seed);
  for (const l of ex.setup) {
    const { host, line } = parseLine(l);
    await session.runLoading(host, line);
  }
  session.transcript.entries.length = 0;
  return session;
}

/** Where a lab's snapshot is kept: one per lab and seed (`lab-snapshot.test.ts` in packages/sim proves restore == create). */
export function labSnapshotKey(ex: Pick<ParsedExercise, "lab" | "seed">): string {
  return `${ex.lab}-${ex.seed}`;
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
