/** System programs: date, dmesg, env, free, getent, id, kill, nproc, pgrep, pidof, printenv, ps, reboot, sleep, timeout, uname, sysctl, tty, uptime, which, whoami. */
import type { Command } from "../types.js";
import { reboot } from "./reboot.js";
import { date } from "./date.js";
import { dmesg } from "./dmesg.js";
import { env } from "./env.js";
import { free } from "./free.js";
import { getent } from "./getent.js";
import { id } from "./id.js";
import { kill } from "./kill.js";
import { nproc } from "./nproc.js";
import { pgrep, pidof } from "./pgrep.js";
import { printenv } from "./printenv.js";
import { ps } from "./ps.js";
import { sleep } from "./sleep.js";
import { sysctl } from "./sysctl.js";
import { timeout } from "./timeout.js";
import { tty } from "./tty.js";
import { uname } from "./uname.js";
import { uptime } from "./uptime.js";
import { which } from "./which.js";
import { whoami } from "./whoami.js";

export const systemCommands: Command[] = [
  date, dmesg, env, free, getent, id, kill, nproc, pgrep, pidof, printenv, ps, reboot, sleep, timeout, uname, sysctl, tty, uptime, which, whoami,
];
