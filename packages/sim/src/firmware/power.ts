/**
 * Powering a machine on: SeaBIOS (Debian 12's 1.16.2, as QEMU runs it)
 * boots the hard disk, or the rescue disc when asked. A first sector
 * without the 0x55AA signature is "not a bootable disk"; boot code that is
 * not GRUB's runs into nothing (the machine hangs); GRUB goes on (grub.ts)
 * to Linux, to a GRUB prompt, or to a stop. Linux is then booted by init.
 *
 * While the machine is not running Linux, its terminal is the machine's
 * console (console.ts): GRUB's prompt, or the stopped firmware.
 */
import type { RunCommandLine } from "../init/boot.js";
import { boot } from "../init/boot.js";
import { hasMbrSignature } from "../kernel/block/mbr.js";
import { isGrubBootCode } from "../kernel/block/images.js";
import { readSector } from "../kernel/block/sectors.js";
import { newKernelState } from "../kernel/power-on.js";
import type { World } from "../world/world.js";
import { type GrubOutcome, grubFromMbr } from "./grub.js";
import { newRescueFs } from "./rescue.js";

export const SEABIOS_BANNER = "SeaBIOS (version 1.16.2-debian-1.16.2-1)\n\n";

/** What the VM's console adds when the machine has stopped: how to go on (not part of the guest's screen). */
export const CONSOLE_HINT =
  "\n[Rootlab console] The machine did not start Linux. Type rescue to boot it from the Debian rescue disc, or reset to restart it.\n";

export type BootMedia = "disk" | "rescue";

/** The screen from power-on to the login prompt (or to where the machine stopped). */
export function powerOn(world: World, hostName: string, run: RunCommandLine, media: BootMedia = "disk"): string {
  const host = world.host(hostName)!;
  // power-on: nothing of the last boot survives in the kernel
  host.state.kernel = newKernelState({ hostname: host.state.kernel.hostname, nics: host.state.hardware.nics });
  host.state.bootedAt = world.clock.now;
  host.state.rebootRequested = false;
  const disk = host.state.disks?.[0];
  let screen = SEABIOS_BANNER;
  if (media === "rescue") {
    const fresh = world.host(hostName)!;
    host.state.machine = { kind: "rescue", fs: newRescueFs(world.clock, fresh.kernel) };
    boot(world, hostName, run);
    return `${screen}Booting from DVD/CD...\n${loginLines(world, hostName)}`;
  }
  // a host from before disks were simulated boots as it always did
  if (!disk) {
    delete host.state.machine;
    boot(world, hostName, run);
    return `${screen}Booting from Hard Disk...\n${loginLines(world, hostName)}`;
  }
  screen += "Booting from Hard Disk...\n";
  const mbr = readSector(disk, 0);
  if (!hasMbrSignature(mbr)) {
    host.state.machine = { kind: "firmware", stop: "no-bootable-device" };
    return `${screen}Boot failed: not a bootable disk\n\nNo bootable device.\n`;
  }
  if (!isGrubBootCode(mbr)) {
    host.state.machine = { kind: "firmware", stop: "hang" };
    return screen;
  }
  return screen + afterGrub(world, hostName, run, grubFromMbr(world.host(hostName)!));
}

/** Carry out where GRUB ended: Linux boots, a GRUB prompt waits, or the machine stops. */
export function afterGrub(world: World, hostName: string, run: RunCommandLine, outcome: GrubOutcome): string {
  const host = world.host(hostName)!;
  switch (outcome.kind) {
    case "linux":
      delete host.state.machine;
      boot(world, hostName, run);
      return `${outcome.screen}${loginLines(world, hostName)}`;
    case "prompt":
      host.state.machine = { kind: "grub", mode: outcome.mode, env: outcome.env, modules: outcome.modules };
      return outcome.screen;
    case "hang":
      host.state.machine = { kind: "firmware", stop: "hang" };
      return outcome.screen;
  }
}

/** getty on the console, logging root in */
function loginLines(world: World, hostName: string): string {
  const h = world.host(hostName)!.kernel.hostname;
  return `\nDebian GNU/Linux 12 ${h} tty1\n\n${h} login: root (automatic login)\n\n`;
}
