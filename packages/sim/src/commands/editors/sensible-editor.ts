/**
 * sensible-editor (sensible-utils 0.0.17) and `editor` (the alternatives
 * link, nano on Debian 12). sensible-editor runs $VISUAL, else $EDITOR, else
 * `editor`: the way `crontab -e` and other tools open an editor.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { runNano } from "./nano.js";

/** quote a word for `sh -c` */
function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

export const sensibleEditor: Command = {
  name: "sensible-editor",
  summary: "sensible-editor - sensible editing",
  man: `NAME
sensible-editor - sensible editing

SYNOPSIS
sensible-editor [OPTIONS...]

DESCRIPTION
sensible-editor makes sensible decisions on which editor to call. Programs
in Debian can use this script as their default editor. It runs $VISUAL if
set, else $EDITOR, else editor(1) (nano on Debian 12).
`,
  run(proc: Process) {
    const chosen = proc.env.VISUAL || proc.env.EDITOR || "editor";
    const args = proc.argv.slice(1).map(shellQuote).join(" ");
    if (!proc.runCommandLine) return runNano(proc, "editor");
    return proc.runCommandLine(args ? `${chosen} ${args}` : chosen);
  },
};

export const editor: Command = {
  name: "editor",
  summary: "editor - the system's default text editor (nano)",
  man: `NAME
editor - the system's default text editor

DESCRIPTION
On Debian 12, editor is an alternatives link to nano.
`,
  run: (proc) => runNano(proc, "editor"),
};
