/**
 * What grub-probe finds for a directory: the block device of the
 * filesystem mounted there (through the mount table, as /proc/self/mountinfo
 * shows it) and the path inside that filesystem. A directory on a RAM disk
 * (the rescue system's own /boot) has no device: "cannot find a device".
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import type { MountEntry } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import { toNamespace } from "./namespace.js";

export interface Probed {
  dev: BlockDevice;
  /** the directory's path inside its filesystem ("/boot/grub") */
  inFs: string;
}

export function probeDirectory(proc: Process, dir: string): Probed | undefined {
  const ns = toNamespace(proc, dir);
  let best: MountEntry | undefined;
  for (const m of proc.host.kernel.block.mounts()) {
    if ("pseudo" in m.root || "stored" in m.root) continue;
    if (ns === m.target || ns.startsWith(m.target === "/" ? "/" : `${m.target}/`))
      if (!best || m.target.length >= best.target.length) best = m;
  }
  if (!best || !best.source.startsWith("/dev/")) return undefined;
  const dev = proc.host.kernel.block.byName(best.source.slice(5));
  if (!dev) return undefined;
  const rest = best.target === "/" ? ns : ns.slice(best.target.length) || "/";
  return { dev, inFs: rest };
}
