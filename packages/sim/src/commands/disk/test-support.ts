/** Helpers for the disk programs' tests. Pure (no Node built-ins). */
import type { LabSession } from "../../lab/lab-session.js";

/**
 * Make the lab's first host see /dev/sda as a disk nobody uses, as an image
 * file is: its root filesystem no longer counts as mounted from /dev/sda1
 * (the files stay where they are). For comparisons with the real tools run
 * on an image.
 */
export function unusedDisk(lab: LabSession): void {
  const host = lab.world.host(lab.defaultHost)!;
  const block = host.state.kernel.block;
  if (block) block.mounts = block.mounts.filter((m) => !m.source.startsWith("/dev/sd"));
}
