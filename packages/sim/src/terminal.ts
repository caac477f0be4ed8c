/**
 * @rootlab/sim/terminal: what a page needs to draw a host's terminal before
 * the simulation itself has loaded: the terminal session (line editor and
 * prompt, attached to a LabSession later) and the command registry's loader.
 * Importing it pulls in no kernel, filesystem or shell code, so a browser
 * bundle that starts here keeps them for later (apps/web's lab engine).
 */
export { TerminalSession, type TerminalSessionOptions } from "./session/terminal-session.js";
export { CommandsPending, loadCommandGroups } from "./commands/registry.js";
export { toUint8Array } from "./bytes.js";
export type { LabSnapshot } from "./lab/lab-snapshot.js";
export type { LabSession, LineResult } from "./lab/lab-session.js";
