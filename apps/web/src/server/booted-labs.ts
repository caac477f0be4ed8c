/**
 * Booted labs, memoized per lab and seed: the server replays every attempt on
 * a fresh start of its exercise, and booting a lab (firmware, disks, init,
 * ifupdown, daemons) costs more than replaying a typical transcript.
 *
 * Booting is a pure function of (lab, seed): the simulation reads no clock
 * and no randomness but its own seeded PRNG. So the first boot of a lab and
 * seed is kept as a template and every replay gets `template.fork()`: a deep
 * copy of its world with no login shell started yet, which is what
 * `LabSession.create` returns (booted-labs.test.ts proves the two replay and
 * grade alike). The template itself is never run, only copied, so nothing a
 * request does reaches the next one: any server instance, warm or cold,
 * answers the same. This is a cache of a computation, not request state.
 */
import type { BootLab } from "@rootlab/content";
import { type LabSpec, LabSession } from "@rootlab/sim";

/** templates kept: a few labs times the exercises' seeds; past it the oldest is dropped */
export const MAX_BOOTED_LABS = 32;

const templates = new Map<string, LabSession>();

/** A freshly booted `lab` on `seed`, as `LabSession.create(lab, seed)` would return it. */
export const bootLab: BootLab = (lab: LabSpec, seed: number): LabSession => {
  const key = `${lab.id}\u0000${seed}`;
  let template = templates.get(key);
  // Same id, other spec (a lab not among the built-ins): boot it as it is, without the memo.
  if (template && template.lab !== lab) return LabSession.create(lab, seed);
  if (!template) {
    template = LabSession.create(lab, seed);
    if (templates.size >= MAX_BOOTED_LABS) templates.delete(templates.keys().next().value!);
    templates.set(key, template);
  }
  return template.fork();
};

/** Forget every template (tests). */
export function forgetBootedLabs(): void {
  templates.clear();
}
