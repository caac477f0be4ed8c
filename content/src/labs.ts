/**
 * Which lab an exercise runs on. Today a lab is one of the simulation's
 * built-in topologies, named by id (`single`, ...). This is the one place an
 * exercise's `lab` is resolved, and so the extension point for a lesson that
 * brings a topology file of its own: accept a reference such as
 * "./lab.yaml" here, parse it into a `LabSpec` (hosts, interfaces, files; see
 * packages/sim/src/lab/types.ts) at generation time, and `LabSession.create`
 * already takes a `LabSpec` as readily as an id.
 */
import { getLab, type LabSpec, listLabs } from "@rootlab/sim";

export function resolveLab(ref: string): LabSpec | undefined {
  return getLab(ref);
}

export function labIds(): string[] {
  return listLabs().map((l) => l.id);
}

/** Every address and gateway the lab's hosts are configured with: no parameter may be drawn onto one. */
export function labAddresses(lab: LabSpec): Set<string> {
  const out = new Set<string>();
  for (const h of lab.hosts)
    for (const i of h.interfaces) {
      if (i.address) out.add(i.address.split("/")[0]);
      if (i.gateway) out.add(i.gateway);
    }
  return out;
}
