/**
 * The first prompt, before React: when the engine's module runs on a page
 * whose terminal frame carries `data-lab-boot` (the Workbench renders it for
 * its first exercise when the prompt needs nothing but the snapshot's login
 * screen), the first host's terminal is drawn at once, and the learner can
 * type while the page hydrates and the simulation loads. When the Workbench's
 * lab starts, the engine adopts that terminal (`adoptBooted`) instead of
 * making another.
 *
 * Saved work in this browser means the lab must replay it before anything is
 * drawn: then nothing is booted and the engine starts as before.
 */
import { attemptKey } from "../progress/attempt-store.js";
import { browserStore } from "../progress/store.js";
import { createTerminalKeys } from "../terminal/keys.js";
import { markReady } from "../terminal/ready.js";
import { SCREEN_READER_KEY } from "../terminal/settings.js";
import { type HostTerminal, type HostTerminalHooks, openHostTerminal } from "./host-terminal.js";
import { BOOT_ATTRIBUTE, parseBootData, SIDE_BY_SIDE } from "./page-contract.js";

let booted: { frame: HTMLElement; exerciseId: string; terminal: HostTerminal } | undefined;

/** Draw the first terminal if the page asks for it (once per page). */
export function bootFromPage(doc: Document = document): void {
  if (booted) return;
  const frame = doc.querySelector<HTMLElement>(`[${BOOT_ATTRIBUTE}]`);
  const data = parseBootData(frame?.getAttribute(BOOT_ATTRIBUTE) ?? undefined);
  if (!frame || !data || frame.childElementCount > 0) return;
  const store = browserStore();
  if (store.getItem(attemptKey(data.exerciseId)) !== null) return;
  const hooks: HostTerminalHooks = {};
  const terminal = openHostTerminal({
    host: data.host,
    exerciseId: data.exerciseId,
    container: frame,
    screenReaderMode: store.getItem(SCREEN_READER_KEY) === "1",
    keys: createTerminalKeys({ onLeaveArmed: (armed) => hooks.onLeaveArmed?.(armed) }),
    screen: data.screen,
    hooks,
    onWritten: () => void markReady(),
  });
  if (window.matchMedia(SIDE_BY_SIDE).matches) terminal.term.focus();
  booted = { frame, exerciseId: data.exerciseId, terminal };
}

/**
 * The booted terminal, when the lab starting in `container` is the one it was
 * drawn for (same exercise, same host); otherwise it is taken down and the
 * engine draws its own. Either way the boot is spent.
 */
export function adoptBooted(container: HTMLElement, exerciseId: string, host: string): HostTerminal | undefined {
  const b = booted;
  booted = undefined;
  if (!b) return undefined;
  if (b.frame === container && b.exerciseId === exerciseId && b.terminal.host === host) return b.terminal;
  b.terminal.dispose();
  return undefined;
}
