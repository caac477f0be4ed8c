/**
 * A probe: the machine starts Linux from its own disk. The copy of the lab
 * is powered off and on (the rescue disc, if in use, is left out); the
 * check passes when the firmware, GRUB and the kernel get to the login
 * prompt, and otherwise says where the boot stopped, as the screen showed
 * it. It grades the result, so restoring the MBR from a backup and
 * reinstalling GRUB both pass.
 */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";
import { hostOf } from "./host-of.js";
import type { Outcome } from "./types.js";

export const bootsSpec = z.object({
  kind: z.literal("boots"),
  host: z.string().describe("the host to restart (a copy of it) from its disk"),
});
export type BootsSpec = z.infer<typeof bootsSpec>;

/** Where a boot that did not reach Linux stopped, in the learner's words, from what the screen showed. */
export function whereBootStopped(screen: string): string {
  const error = /^error: (.*)\.$/m.exec(screen);
  if (screen.includes("No bootable device.")) return 'the firmware found no boot signature on the disk ("No bootable device.")';
  if (screen.includes("Entering rescue mode...")) return `GRUB stopped at its rescue prompt (error: ${error?.[1] ?? "unknown"})`;
  if (screen.includes("ALERT!")) return "Linux could not find its root filesystem";
  if (screen.includes("GNU GRUB  version")) return error ? `GRUB could not boot Linux (error: ${error[1]})` : "GRUB found no grub.cfg and waits at its grub> prompt";
  if (/GRUB (loading\.\n)?$/.test(screen.replace(/\n\[Rootlab console\][^\n]*\n$/, ""))) return "GRUB's core image after the MBR is missing or damaged: the machine hung";
  return 'the boot code in the MBR is not a boot loader: the machine hung after "Booting from Hard Disk..."';
}

/** Restart `host` on `session` (a copy); undefined when Linux came up from the disk, else where it stopped. */
export function rebootAndSee(session: LabSession, host: string): string | undefined {
  const screen = session.rebootHost(host);
  const machine = hostOf(session, host).state.machine;
  return machine ? whereBootStopped(screen) : undefined;
}

export function evaluateBoots(session: LabSession, spec: BootsSpec): Outcome {
  hostOf(session, spec.host);
  const stopped = rebootAndSee(session, spec.host);
  if (stopped) return { passed: false, detail: `Restarted, ${spec.host} did not boot: ${stopped}.` };
  return { passed: true, detail: `Restarted, ${spec.host} boots from its disk to the login prompt.` };
}
