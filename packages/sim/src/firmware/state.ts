/**
 * What a machine is running when it is not Linux from its own disk: stopped
 * in the firmware (SeaBIOS found nothing to boot, or the boot code hung),
 * at GRUB's prompt, or the rescue system booted from rescue media. Kept in
 * the host's state (`HostState.machine`); absent means Linux from the disk.
 */
import type { FsState } from "../fs/vfs.js";

export type MachineState =
  /** SeaBIOS stopped: "No bootable device." or boot code that never returns */
  | { kind: "firmware"; stop: "no-bootable-device" | "hang" }
  /** GRUB's command line: `grub rescue>` (kernel.img only) or `grub>` (normal.mod loaded, no menu) */
  | { kind: "grub"; mode: "rescue" | "normal"; env: Record<string, string>; modules: string[]; linux?: string; initrd?: string }
  /** the rescue system from rescue media; `fs` is its RAM root filesystem */
  | { kind: "rescue"; fs: FsState };
