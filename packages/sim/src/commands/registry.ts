/**
 * The one list of programs the simulation knows. Each group folder exports
 * its commands; this file only gathers them. Adding a program: write its
 * module in the right group, add it to that group's index.
 */
import { archiveCommands } from "./archive/index.js";
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
import type { Command } from "./types.js";

const all: Command[] = [
  ...netCommands,
  ...fileCommands,
  ...systemCommands,
  ...archiveCommands,
  ...mysqlCommands,
  ...editorCommands,
  ...cronCommands,
  ...mailCommands,
  ...netfilterCommands,
  ...conntrackCommands,
  ...diskCommands,
  ...sshCommands,
];

const byName = new Map<string, Command>();
for (const c of all) {
  if (byName.has(c.name)) throw new Error(`command ${c.name} registered twice`);
  byName.set(c.name, c);
}

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}

/** every program name, sorted */
export function commandNames(): string[] {
  return [...byName.keys()].sort();
}
