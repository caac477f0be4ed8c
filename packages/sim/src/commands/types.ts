/**
 * The command contract. One module per program exports a `Command`; the
 * registry (registry.ts) lists them. A command is a function of its process
 * (argv, stdin, environment, host) to output and an exit status. It reaches
 * the kernel and files only through `proc.host.kernel` and `proc.host.fs`.
 */
import type { Process } from "../process/process.js";

export interface CompletionContext {
  /** the words before the one being completed, argv[0] first */
  words: string[];
  /** the partial word being completed */
  current: string;
}

export interface Command {
  name: string;
  /** one line, as in the NAME section of its man page ("ip - show / manipulate routing, ...") */
  summary: string;
  /** the man page text (NAME, SYNOPSIS, DESCRIPTION, a few OPTIONS and EXAMPLES), plain text */
  man: string;
  run(proc: Process): number;
  /** candidates for the word being completed (subcommands, options); paths are completed by the shell */
  complete?(ctx: CompletionContext): string[];
}
