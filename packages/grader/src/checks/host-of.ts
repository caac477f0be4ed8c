import type { Host, LabSession } from "@rootlab/sim";

/** The named host of the lab; a check naming a host the lab lacks is an authoring error. */
export function hostOf(session: LabSession, name: string): Host {
  const host = session.world.host(name);
  if (!host) throw new Error(`check names host "${name}", which lab ${session.lab.id} does not have`);
  return host;
}
