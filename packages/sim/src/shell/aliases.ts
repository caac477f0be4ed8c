/**
 * Alias expansion as interactive bash does it: the first word of a simple
 * command, unquoted, that names an alias is replaced by its text before the
 * line is parsed; the replacement's own first word is looked up again
 * (never the same alias twice in one chain), and a replacement that ends in
 * a blank makes the next word a candidate too. Words where no command
 * starts are left alone: arguments, `for` lists, `case` patterns,
 * here-document bodies. Non-interactive shells (scripts, `sh -c`, cron)
 * expand none, as bash without `shopt -s expand_aliases`.
 *
 * The line is expanded as a whole with the aliases defined when it starts,
 * as bash reads one line: an alias defined on a line is used from the next.
 * Not covered: aliases inside `$(...)`, and bash's quirk of expanding a
 * reserved word's alias.
 */
import { Lexer, type Token } from "./lexer.js";

/** words after which a command may start */
const OPENERS = new Set(["!", "if", "then", "else", "elif", "do", "while", "until", "{", "time"]);
/** operators after which a command starts */
const SEPARATORS = new Set([";", "&", "&&", "||", "|", "|&", "("]);
/** operators that end a `case` item: patterns come next */
const CASE_ITEM_ENDS = new Set([";;", ";&", ";;&"]);
/** an alias name bash accepts: no quotes, `$`, `/`, `=` or blanks */
const NAME = /^[^\s'"\\$`/=|&;()<>]+$/;
/** at most this many replacements per line (a chain of aliases naming each other) */
const MAX_EXPANSIONS = 100;

export function isAliasName(name: string): boolean {
  return NAME.test(name);
}

/** `src` with its aliases expanded; unchanged when it cannot be read as tokens (the parser reports that) */
export function expandAliases(src: string, aliases: Readonly<Record<string, string>>): string {
  let text = src;
  let from = 0;
  // the chain of replacements at one position: its replacement's first word is looked up again, never with the same alias
  let chainAt = -1;
  const used: string[] = [];
  // where a replacement ending in a blank ended: the word after it may be an alias too
  const blankEnds: number[] = [];
  for (let n = 0; n < MAX_EXPANSIONS; n++) {
    const at = nextCandidate(text, from, aliases, (name, start) => start !== chainAt || !used.includes(name), blankEnds);
    if (!at) return text;
    if (at.start !== chainAt) {
      chainAt = at.start;
      used.length = 0;
    }
    const value = aliases[at.name];
    text = text.slice(0, at.start) + value + text.slice(at.end);
    used.push(at.name);
    from = at.start;
    if (/[ \t]$/.test(value)) blankEnds.push(at.start + value.length);
  }
  return text;
}

/** the first word at or after `from` in command position that names an alias not yet used in this chain */
function nextCandidate(
  text: string,
  from: number,
  aliases: Readonly<Record<string, string>>,
  allowed: (name: string, start: number) => boolean,
  blankEnds: number[],
): { name: string; start: number; end: number } | undefined {
  const lexer = new Lexer(text.endsWith("\n") ? text : `${text}\n`);
  let commandPosition = true;
  // `case WORD in` patterns up to `)`; `for NAME in` words up to the separator
  let inCase: "word" | "in" | "pattern" | undefined;
  // a redirection's target word comes next: a file name, or a here-document's delimiter ("<<", "<<-")
  let target: "file" | "<<" | "<<-" | undefined;
  let prevEnd = 0;
  try {
    for (let t: Token = lexer.next(); t.k !== "eof"; t = lexer.next()) {
      const prev = prevEnd;
      prevEnd = t.end;
      if (t.k === "nl") {
        commandPosition = inCase !== "pattern";
        continue;
      }
      if (t.k === "op") {
        // a redirection leaves the place for the command as it was: bash expands `ll` in `> out ll`
        if (isRedirection(t.op)) target = t.op === "<<" || t.op === "<<-" ? t.op : "file";
        else if (inCase === "pattern" && t.op === ")") {
          inCase = undefined;
          commandPosition = true;
        } else if (CASE_ITEM_ENDS.has(t.op)) {
          inCase = "pattern";
          commandPosition = false;
        } else commandPosition = SEPARATORS.has(t.op);
        continue;
      }
      const word = t.raw;
      if (target) {
        // a here-document's body is read when its line ends: queue it as the parser would
        if (target !== "file") lexer.queueHeredoc({ delim: word.replace(/['"\\]/g, ""), quoted: /['"\\]/.test(word), strip: target === "<<-", body: "", line: t.line, unterminated: false });
        target = undefined;
        continue;
      }
      const afterBlankAlias = blankEnds.some((e) => e >= prev && e <= t.start);
      if (afterBlankAlias && inCase === undefined) commandPosition = true;
      if (inCase === "word") {
        inCase = "in";
        continue;
      }
      if (inCase === "in" && word === "in") {
        inCase = "pattern";
        continue;
      }
      if (inCase === "pattern") {
        if (word === "esac") inCase = undefined;
        continue;
      }
      if (commandPosition && t.start >= from && Object.hasOwn(aliases, word) && NAME.test(word) && allowed(word, t.start)) {
        return { name: word, start: t.start, end: t.end };
      }
      if (commandPosition && word === "case") {
        inCase = "word";
        commandPosition = false;
        continue;
      }
      // an assignment before the command keeps the place for it
      commandPosition = commandPosition && (OPENERS.has(word) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function isRedirection(op: string): boolean {
  return op.startsWith("<") || op.startsWith(">") || op === "&>" || op === "&>>";
}

