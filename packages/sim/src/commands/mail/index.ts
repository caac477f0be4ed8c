/** Mail: `mail`/`mailx` (bsd-mailx) over the local mailboxes that services/mail delivers to. */
import type { Command } from "../types.js";
import { mail, mailx } from "./mail.js";

export const mailCommands: Command[] = [mail, mailx];
