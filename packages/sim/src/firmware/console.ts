/**
 * The terminal of a machine that is not running Linux: GRUB's prompt
 * (grub-console.ts) or the stopped firmware. Two words act on the virtual
 * machine itself, as the buttons of a hosting provider's console would:
 * `rescue` boots the Debian rescue disc, `reset` restarts it from its
 * disk. They are typed at the prompt, so a transcript replays them.
 */
import type { Host } from "../host/host.js";
import type { RunCommandLine } from "../init/boot.js";
import type { World } from "../world/world.js";
import { type GrubState, grubLine } from "./grub-console.js";
import { CONSOLE_HINT, afterGrub, powerOn } from "./power.js";

/** the prompt of the machine's console; undefined while Linux runs (the shell prompts) */
export function consolePrompt(host: Host): string | undefined {
  const m = host.state.machine;
  if (!m || m.kind === "rescue") return undefined;
  if (m.kind === "grub") return m.mode === "rescue" ? "grub rescue> " : "grub> ";
  return "";
}

export interface ConsoleResult {
  screen: string;
  /** the machine was powered on again (the caller lets the boot's time pass first) */
  powered: boolean;
}

/**
 * One line typed at the console. `powerCycle` is called before a power
 * action so the caller can let virtual time pass; it returns nothing.
 */
export function consoleLine(world: World, hostName: string, line: string, run: RunCommandLine, powerCycle: () => void): ConsoleResult {
  const host = world.host(hostName)!;
  const m = host.state.machine;
  const word = line.trim();
  if (word === "rescue" || word === "reset") {
    powerCycle();
    return { screen: `\n${powerOn(world, hostName, run, word === "rescue" ? "rescue" : "disk")}`, powered: true };
  }
  if (m?.kind !== "grub") return { screen: word === "" ? "" : CONSOLE_HINT, powered: false };
  const st: GrubState = { mode: m.mode, env: m.env, modules: m.modules, linux: m.linux, initrd: m.initrd };
  const r = grubLine(host, st, line);
  Object.assign(m, { env: st.env, modules: st.modules, linux: st.linux, initrd: st.initrd });
  if (r.kind === "stay") return { screen: r.screen, powered: false };
  if (r.kind === "reboot") {
    powerCycle();
    return { screen: `\n${powerOn(world, hostName, run)}`, powered: true };
  }
  return { screen: afterGrub(world, hostName, run, r.outcome), powered: r.outcome.kind === "linux" };
}
