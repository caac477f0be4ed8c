/** OpenSSH's client programs: scp (over the hosts' sshd, services/sshd). See README.md. */
import type { Command } from "../types.js";
import { scp } from "./scp.js";

export const sshCommands: Command[] = [scp];
