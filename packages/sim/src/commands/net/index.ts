/** Networking programs: ip, ifconfig, hostname (iproute2, net-tools, hostname). */
import type { Command } from "../types.js";

export const netCommands: Command[] = [];
