/**
 * vim.tiny 9.0's command line, read as vim's command_line_scan reads it:
 * one word at a time, in order, acting as it goes. --version and
 * -h/--help (long names compared without regard to case, never
 * abbreviated) print and exit 0; an unknown option, or one whose argument
 * is missing, ends vim with its title line, the complaint and `More info
 * with: "vim -h"` on standard error, status 1; -g -A -H -F name features
 * this build lacks (status 2). `+CMD` words and option arguments are not
 * files; after `--` every word is a file. Every other option is accepted
 * and has no effect in the simulation.
 *
 * The option letters of this build and every text are recorded from
 * Debian 12's vim.tiny (fixtures/version.jsonl, record-version.sh).
 */
import { VIM_HELP, VIM_TITLE, VIM_VERSION } from "./vi-usage.js";

/** letters vim.tiny accepts alone (-o, -O, -p and -V may carry digits or more: the rest of the word is theirs) */
const PLAIN = new Set("beflmnoprvyCELMNORSVXZ");
/** letters whose argument is the rest of the word, or else the next word */
const WITH_ARG = new Set("cdistuwTUW");
/** letters naming a feature vim.tiny was built without: the error, status 2 */
const MISSING_FEATURE: Record<string, string> = {
  g: "E25: GUI cannot be used: Not enabled at compile time\n",
  A: "E800: Arabic cannot be used: Not enabled at compile time\n",
  H: "E26: Hebrew cannot be used: Not enabled at compile time\n",
  F: "E27: Farsi support has been removed\n",
};
/** long options, lower case: true when the next word is the option's argument */
const LONG: Record<string, boolean> = {
  literal: false,
  nofork: false,
  noplugin: false,
  "not-a-term": false,
  ttyfail: false,
  clean: false,
  cmd: true,
  startuptime: true,
  log: true,
};

export type ViCommandLine =
  | { kind: "edit"; files: string[] }
  | { kind: "exit"; status: number; stdout: string; stderr: string };

const mainError = (what: string, word: string): ViCommandLine => ({
  kind: "exit",
  status: 1,
  stdout: "",
  stderr: `${VIM_TITLE}${what}: "${word}"\nMore info with: "vim -h"\n`,
});

/** Read vim's arguments (argv without argv[0]). */
export function parseViCommandLine(args: readonly string[]): ViCommandLine {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === "--") {
      files.push(...args.slice(i + 1));
      break;
    }
    if (word.startsWith("+") || word === "-") continue; // +CMD; "-" (text from stdin) is not simulated
    if (!word.startsWith("-")) {
      files.push(word);
      continue;
    }
    if (word.startsWith("--")) {
      const name = word.slice(2).toLowerCase();
      if (name === "help") return { kind: "exit", status: 0, stdout: VIM_HELP, stderr: "" };
      if (name === "version") return { kind: "exit", status: 0, stdout: VIM_VERSION, stderr: "" };
      if (!Object.hasOwn(LONG, name)) return mainError("Unknown option argument", word);
      if (LONG[name]) {
        if (i + 1 >= args.length) return mainError("Argument missing after", word);
        i++;
      }
      continue;
    }
    for (let j = 1; j < word.length; j++) {
      const letter = word[j];
      if (letter === "h") return { kind: "exit", status: 0, stdout: VIM_HELP, stderr: "" };
      if (Object.hasOwn(MISSING_FEATURE, letter))
        return { kind: "exit", status: 2, stdout: "", stderr: MISSING_FEATURE[letter] };
      if ("opOV".includes(letter)) break; // -o2, -O3, -p4, -V9file: the rest is the option's
      if (letter === "w" && /^\d/.test(word.slice(j + 1))) break; // -w5: window height
      if (PLAIN.has(letter)) continue;
      if (WITH_ARG.has(letter)) {
        if (j + 1 === word.length) {
          if (i + 1 >= args.length) return mainError("Argument missing after", word);
          i++;
        }
        break;
      }
      return mainError("Unknown option argument", word);
    }
  }
  return { kind: "edit", files };
}
