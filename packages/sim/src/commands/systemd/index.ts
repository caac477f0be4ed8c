/** The service manager's commands: systemctl and service over services/systemd's units, the hostnamed / timedated clients, and the names systemctl answers to as halt, poweroff, reboot and shutdown. */
import type { Command } from "../types.js";
import { halt } from "./halt.js";
import { hostnamectl } from "./hostnamectl.js";
import { poweroff } from "./poweroff.js";
import { reboot } from "./reboot.js";
import { service } from "./service.js";
import { shutdown } from "./shutdown.js";
import { systemctl } from "./systemctl.js";
import { timedatectl } from "./timedatectl.js";

export const systemdCommands: Command[] = [systemctl, service, hostnamectl, timedatectl, reboot, shutdown, halt, poweroff];
