/**
 * The connection tracking programs: conntrack (conntrack-tools 1.4.7). A
 * separate index from this folder's index.ts (iptables' programs) so that
 * both can be written side by side; registry.ts gathers both.
 */
import type { Command } from "../types.js";
import { conntrack } from "./conntrack.js";

export const conntrackCommands: Command[] = [conntrack];
