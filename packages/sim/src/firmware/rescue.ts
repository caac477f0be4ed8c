/**
 * The rescue media: a Debian 12 live system booted from the VM's DVD drive
 * (as a hosting provider's "rescue system" or a USB stick would be). Its
 * root is a RAM disk with a Debian tree whose hostname is "rescue"; the
 * installed system's disk is /dev/sda, present and not mounted.
 */
import { utf8Encode } from "../bytes.js";
import { newDebianFs } from "../fs/debian-tree.js";
import { createVfs, type FsState } from "../fs/vfs.js";
import type { Kernel } from "../kernel/kernel.js";
import type { Clock } from "../world/clock.js";

export const RESCUE_HOSTNAME = "rescue";

const RESCUE_MOTD =
  "\nThis is the Debian GNU/Linux 12 rescue system, started from the rescue disc.\n" +
  "The installed system is on /dev/sda and nothing of it is mounted. To work\n" +
  "on it: mount /dev/sda1 /mnt, then chroot /mnt (bind /dev, /proc and /sys\n" +
  "under /mnt first). Type reboot to start the machine from its disk again.\n";

export function newRescueFs(clock: Clock, kernel: Kernel): FsState {
  const state = newDebianFs({ hostname: RESCUE_HOSTNAME, clock });
  const fs = createVfs(state, { kernel, clock });
  fs.writeFile("/etc/motd", utf8Encode(RESCUE_MOTD));
  return state;
}
