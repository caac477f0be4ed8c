/**
 * Paths as the kernel's mount table has them: a process in a chroot sees
 * "/" where the namespace has its root directory, so a mount made there at
 * /dev is at /mnt/dev in the table, and a listing shows only what is below
 * the chroot, relative to it.
 */
import type { MountEntry } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";

/** a path of this process (absolute, normalised) as the mount table has it */
export function toNamespace(proc: Process, path: string): string {
  const root = proc.host.root;
  if (root === "/") return path;
  return path === "/" ? root : `${root}${path}`;
}

/** the mounts this process sees, with targets as it sees them */
export function visibleMounts(proc: Process): MountEntry[] {
  const root = proc.host.root;
  const all = proc.host.kernel.block.mounts();
  if (root === "/") return [...all];
  return all
    .filter((m) => m.target === root || m.target.startsWith(`${root}/`))
    .map((m) => ({ ...m, target: m.target === root ? "/" : m.target.slice(root.length) }));
}
