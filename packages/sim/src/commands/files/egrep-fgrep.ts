/**
 * egrep and fgrep as Debian 12 ships them (grep 3.8-5): two-line /bin/sh
 * scripts, `exec grep -E "$@"` and `exec grep -F "$@"`. Debian dropped
 * upstream's "egrep: warning: egrep is obsolescent" line, so they print
 * nothing of their own: every message, status and usage text is grep's.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { grep } from "./grep.js";

function viaGrep(matcher: "-E" | "-F") {
  return (proc: Process): number => grep.run({ ...proc, argv: ["grep", matcher, ...proc.argv.slice(1)] });
}

export const egrep: Command = {
  name: "egrep",
  // Debian links their man pages to grep(1)
  summary: grep.summary,
  man: grep.man,
  run: viaGrep("-E"),
};

export const fgrep: Command = {
  name: "fgrep",
  summary: grep.summary,
  man: grep.man,
  run: viaGrep("-F"),
};
