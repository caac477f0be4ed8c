/**
 * The lab engine's heavy half: the simulation (restoring the lab from its
 * snapshot or building it, replaying saved work) and the views drawn from
 * its world. lab/engine.ts imports it with import(), after the first prompt
 * is on screen when it can draw that prompt from the snapshot alone, so
 * that neither its download nor its start delays the prompt.
 */
import type { ParsedExercise } from "@rootlab/content";
import { getLab, type LabSnapshot, type TranscriptEntry } from "@rootlab/sim";
import { clearAttempt } from "../progress/attempt-store.js";
import type { KeyValueStore } from "../progress/store.js";
import { restartLab, restoreLab, type RestoredLab } from "./restore.js";

export { conntrackView } from "../topology/conntrack.js";
export { topologyFacts } from "../topology/facts.js";
export { restartLab, type RestoredLab };

export function listHosts(ex: ParsedExercise): string[] {
  const lab = getLab(ex.lab);
  if (!lab) throw new Error(`exercise ${ex.id}: unknown lab "${ex.lab}"`);
  return lab.hosts.map((h) => h.name);
}

/** The saved work replayed; a save that no longer replays (content changed under it) is dropped, not fatal. */
export async function restoreSaved(
  ex: ParsedExercise,
  store: KeyValueStore,
  entries: readonly TranscriptEntry[],
  snapshot: LabSnapshot | undefined,
): Promise<RestoredLab> {
  try {
    return await restoreLab(ex, entries, snapshot);
  } catch (e) {
    console.warn(`rootlab: saved work for ${ex.id} could not be replayed; starting afresh`, e);
    clearAttempt(store, ex.id);
    return restoreLab(ex, [], snapshot);
  }
}
