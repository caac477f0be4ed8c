/** Debian's package tools: dpkg's queries over /var/lib/dpkg/status, apt and apt-get on an offline host. */
import type { Command } from "../types.js";
import { apt, aptGet } from "./apt-get.js";
import { dpkg } from "./dpkg.js";
import { dpkgQuery } from "./dpkg-query.js";

export const aptCommands: Command[] = [apt, aptGet, dpkg, dpkgQuery];
