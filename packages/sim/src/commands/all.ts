/**
 * Every command group, imported and registered at once: what Node (the CLI,
 * the server's grading, tests, content tools) uses through the package's
 * index, so that every program runs synchronously there. The browser's entry
 * (index.browser.ts) leaves this out and loads groups on demand
 * (registry.ts). One import and one line per group.
 */
import { registerCommandGroup } from "./registry.js";
import { accountCommands } from "./accounts/index.js";
import { aptCommands } from "./apt/index.js";
import { archiveCommands } from "./archive/index.js";
import { awkCommands } from "./awk/index.js";
import { conntrackCommands } from "./netfilter/conntrack-index.js";
import { cronCommands } from "./cron/index.js";
import { diskCommands } from "./disk/index.js";
import { editorCommands } from "./editors/index.js";
import { fileCommands } from "./files/index.js";
import { mailCommands } from "./mail/index.js";
import { mysqlCommands } from "./mysql/index.js";
import { netCommands } from "./net/index.js";
import { netfilterCommands } from "./netfilter/index.js";
import { sshCommands } from "./ssh/index.js";
import { systemCommands } from "./system/index.js";
import { systemdCommands } from "./systemd/index.js";

registerCommandGroup("accounts", accountCommands);
registerCommandGroup("apt", aptCommands);
registerCommandGroup("archive", archiveCommands);
registerCommandGroup("awk", awkCommands);
registerCommandGroup("conntrack", conntrackCommands);
registerCommandGroup("cron", cronCommands);
registerCommandGroup("disk", diskCommands);
registerCommandGroup("editors", editorCommands);
registerCommandGroup("files", fileCommands);
registerCommandGroup("mail", mailCommands);
registerCommandGroup("mysql", mysqlCommands);
registerCommandGroup("net", netCommands);
registerCommandGroup("netfilter", netfilterCommands);
registerCommandGroup("ssh", sshCommands);
registerCommandGroup("system", systemCommands);
registerCommandGroup("systemd", systemdCommands);
