/**
 * A lab as `LabSession.create(lab, seed)` leaves it, as one JSON document:
 * its world's snapshot, and what each host's terminal shows on login. Made
 * ahead of time (a site build), it lets a browser restore a lab instead of
 * building and booting it (`LabSession.fromSnapshot`); the same lines then
 * give the same output and world as on a lab created there
 * (lab-snapshot.test.ts). The document says which lab and seed it is of;
 * a reader checks both, and the world snapshot's own version.
 */
import { LabSession } from "./lab-session.js";
import type { WorldSnapshot } from "../world/world.js";
import type { LabSpec } from "./types.js";

export const LAB_SNAPSHOT_FORMAT = "rootlab-lab";

export interface LabSnapshot {
  format: typeof LAB_SNAPSHOT_FORMAT;
  labId: string;
  seed: number;
  world: WorldSnapshot;
  /** per host: the login banner and first prompt, as `loginBanner` and `prompt` give them on the fresh lab */
  screens: Record<string, { banner: string; prompt: string }>;
}

/** The snapshot of a freshly created lab. */
export function labSnapshot(lab: string | LabSpec, seed: number): LabSnapshot {
  const session = LabSession.create(lab, seed);
  const world = session.world.snapshot();
  // read on a copy: logging in starts a shell, and the snapshot is of the lab before anyone has
  const probe = session.fork();
  const screens: LabSnapshot["screens"] = {};
  for (const host of session.lab.hosts) screens[host.name] = { banner: probe.loginBanner(host.name), prompt: probe.prompt(host.name) };
  return { format: LAB_SNAPSHOT_FORMAT, labId: session.lab.id, seed, world, screens };
}

/** The lab session a snapshot holds; throws when the document is not one of `lab` at `seed`. */
export function restoreLabSnapshot(lab: string | LabSpec, seed: number, doc: LabSnapshot): LabSession {
  const id = typeof lab === "string" ? lab : lab.id;
  if (doc?.format !== LAB_SNAPSHOT_FORMAT) throw new Error("not a Rootlab lab snapshot");
  if (doc.labId !== id || doc.seed !== seed) throw new Error(`snapshot of lab ${doc.labId} seed ${doc.seed}, not ${id} seed ${seed}`);
  return LabSession.fromSnapshot(lab, doc.world);
}
