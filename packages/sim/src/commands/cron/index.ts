/** cron's programs: crontab, and run-parts which /etc/crontab runs. The daemon is services/cron. */
import type { Command } from "../types.js";
import { crontab } from "./crontab.js";
import { runParts } from "./run-parts.js";

export const cronCommands: Command[] = [crontab, runParts];
