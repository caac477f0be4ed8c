/**
 * nano 7.2's command line, read as its getopt_long loop reads it (glibc
 * 2.36): options and operands in any order, `--` ends the options, short
 * options cluster (`-lV`), a short option's argument is the rest of its word
 * or the next word, long options may be abbreviated to any unique prefix.
 * The loop acts as it goes: -V/--version and -h/--help print and exit 0 at
 * once, so `nano -V -z` prints the version, `nano -z -V` the error; -T, -J
 * and -r check their number there too. Every other option is accepted and
 * has no effect in the simulation.
 *
 * Texts and option order are recorded from Debian 12's nano
 * (fixtures/version.jsonl, record-version.sh): glibc lists an ambiguous
 * prefix's candidates in nano's long_options order, kept in LONG below.
 */
import { NANO_HELP, NANO_VERSION } from "./nano-usage.js";

/** nano 7.2's getopt string: a letter followed by ':' takes an argument. */
const SHORT = "ABC:DEFGHIJ:KLMNOPQ:RS$T:UVWX:Y:Zabcdef:ghijklmno:pqr:s:tuvwxy!%_0";

/** nano 7.2's long_options, in its order: [name, short letter, takes an argument] */
const LONG: readonly (readonly [string, string, boolean])[] = [
  ["boldtext", "D", false], ["multibuffer", "F", false], ["ignorercfiles", "I", false],
  ["rawsequences", "K", false], ["trimblanks", "M", false], ["quotestr", "Q", true],
  ["restricted", "R", false], ["quickblank", "U", false], ["version", "V", false],
  ["syntax", "Y", true], ["breaklonglines", "b", false], ["constantshow", "c", false],
  ["rebinddelete", "d", false], ["emptyline", "e", false], ["showcursor", "g", false],
  ["help", "h", false], ["jumpyscrolling", "j", false], ["linenumbers", "l", false],
  ["mouse", "m", false], ["operatingdir", "o", true], ["preserve", "p", false],
  ["rcfile", "f", true], ["speller", "s", true], ["saveonexit", "t", false],
  ["nowrap", "w", false], ["nohelp", "x", false], ["smarthome", "A", false],
  ["backup", "B", false], ["backupdir", "C", true], ["tabstospaces", "E", false],
  ["locking", "G", false], ["historylog", "H", false], ["guidestripe", "J", true],
  ["nonewlines", "L", false], ["noconvert", "N", false], ["bookstyle", "O", false],
  ["positionlog", "P", false], ["softwrap", "S", false], ["tabsize", "T", true],
  ["wordbounds", "W", false], ["wordchars", "X", true], ["zap", "Z", false],
  ["atblanks", "a", false], ["autoindent", "i", false], ["cutfromcursor", "k", false],
  ["noread", "n", false], ["indicator", "q", false], ["unix", "u", false],
  ["view", "v", false], ["afterends", "y", false], ["stateflags", "%", false],
  ["minibar", "_", false], ["zero", "0", false],
];

export type NanoCommandLine =
  | { kind: "edit"; operands: string[] }
  | { kind: "exit"; status: number; stdout: string; stderr: string };

/** nano's parse_num: a whole decimal integer, leading blanks and a sign allowed */
function isNumber(s: string): boolean {
  return /^[ \t\n\v\f\r]*[+-]?\d+$/.test(s);
}

/** what nano does with option `letter` and its argument: undefined to go on, or how it exits */
function act(letter: string, arg: string): NanoCommandLine | undefined {
  const fail = (stderr: string): NanoCommandLine => ({ kind: "exit", status: 1, stdout: "", stderr });
  switch (letter) {
    case "V":
      return { kind: "exit", status: 0, stdout: NANO_VERSION, stderr: "" };
    case "h":
      return { kind: "exit", status: 0, stdout: NANO_HELP, stderr: "" };
    case "T":
      return isNumber(arg) && Number(arg) > 0 ? undefined : fail(`Requested tab size "${arg}" is invalid\n`);
    case "J":
      return isNumber(arg) && Number(arg) > 0 ? undefined : fail(`Guide column "${arg}" is invalid\n`);
    case "r":
      return isNumber(arg) ? undefined : fail(`Requested fill size "${arg}" is invalid\n`);
    default:
      return undefined;
  }
}

/** Read nano's arguments (argv without argv[0]); `prog` is argv[0], as getopt's and nano's messages name it. */
export function parseNanoCommandLine(prog: string, args: readonly string[]): NanoCommandLine {
  const usage = (stderr: string): NanoCommandLine => ({
    kind: "exit",
    status: 1,
    stdout: `Type '${prog} -h' for a list of available options.\n`,
    stderr: `${prog}: ${stderr}\n`,
  });
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (word.startsWith("--")) {
      const eq = word.indexOf("=");
      const name = word.slice(2, eq < 0 ? undefined : eq);
      const exact = LONG.find(([n]) => n === name);
      const found = exact ? [exact] : LONG.filter(([n]) => n.startsWith(name));
      if (found.length === 0) return usage(`unrecognized option '${word}'`);
      if (found.length > 1)
        return usage(`option '${word}' is ambiguous; possibilities:${found.map(([n]) => ` '--${n}'`).join("")}`);
      const [long, letter, takesArg] = found[0];
      let arg = "";
      if (eq >= 0) {
        if (!takesArg) return usage(`option '--${long}' doesn't allow an argument`);
        arg = word.slice(eq + 1);
      } else if (takesArg) {
        if (i + 1 >= args.length) return usage(`option '--${long}' requires an argument`);
        arg = args[++i];
      }
      const done = act(letter, arg);
      if (done) return done;
      continue;
    }
    if (!word.startsWith("-") || word === "-") {
      operands.push(word);
      continue;
    }
    for (let j = 1; j < word.length; j++) {
      const letter = word[j];
      const at = letter === ":" ? -1 : SHORT.indexOf(letter);
      if (at < 0) return usage(`invalid option -- '${letter}'`);
      let arg = "";
      if (SHORT[at + 1] === ":") {
        if (j + 1 < word.length) arg = word.slice(j + 1);
        else if (i + 1 < args.length) arg = args[++i];
        else return usage(`option requires an argument -- '${letter}'`);
        j = word.length;
      }
      const done = act(letter, arg);
      if (done) return done;
    }
  }
  return { kind: "edit", operands };
}
