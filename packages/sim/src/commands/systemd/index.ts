/** The service manager's commands: systemctl and service over services/systemd's units, and the hostnamed / timedated clients. */
import type { Command } from "../types.js";
import { hostnamectl } from "./hostnamectl.js";
import { service } from "./service.js";
import { systemctl } from "./systemctl.js";
import { timedatectl } from "./timedatectl.js";

export const systemdCommands: Command[] = [systemctl, service, hostnamectl, timedatectl];
