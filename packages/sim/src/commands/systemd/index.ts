/** The service manager's commands: systemctl and service, over services/systemd's units. */
import type { Command } from "../types.js";
import { service } from "./service.js";
import { systemctl } from "./systemctl.js";

export const systemdCommands: Command[] = [systemctl, service];
