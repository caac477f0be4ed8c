/**
 * Tab completion for the simulated bash: which candidates the word at the
 * cursor has. The line editor decides what to do with them (complete, list,
 * ring the bell); this file only reads the line and the filesystem.
 *
 * What bash (as root on Debian 12, without bash-completion's compspecs) does,
 * and so what this does:
 * - the first word of a simple command (also after `|`, `;`, `&`, `&&`, `||`,
 *   `(`, and after `if`, `then`, `do`, ... or leading `VAR=value` words)
 *   completes from commands, builtins and reserved words; if it contains a
 *   `/`, from directories and executable files instead;
 * - `~name` (no `/` yet) completes user names from /etc/passwd;
 * - a word with a `/`, or starting with `.` or `~`, and a redirection target,
 *   complete as paths;
 * - any other word asks the command's own completer (`argumentCompleter`,
 *   which is how `ip a<Tab>` gets `addr`); when that has nothing, it
 *   completes as a path (bash's `complete -o default`). Paths are not added
 *   to the command's candidates: `ip a` must not turn ambiguous because the
 *   directory holds an `a.txt`.
 *
 * Simplifications: quoting inside the word is understood (backslashes, '…',
 * "…") but candidates are written back with backslash escapes, dropping the
 * learner's quotes; `$VAR` and `$(…)` are not completed.
 */
import { utf8Decode } from "../bytes.js";
import { resolvePath } from "../fs/path.js";
import type { Vfs } from "../fs/types.js";
import type { Completer, Completion } from "./types.js";

export interface CompleterDeps {
  commandNames: () => string[];
  /** builtins, and the shell's aliases and functions: what else a command word may name */
  shellNames: () => string[];
  fs: () => Vfs;
  /** the shell's working directory, absolute */
  cwd: () => string;
  /** $HOME, for `~/` */
  home: () => string;
  /** candidates for `current`, given the words before it (argv[0] first), all unquoted */
  argumentCompleter: (words: string[], current: string) => string[];
}

/** bash's reserved words, which complete at command position too */
const RESERVED_WORDS = [
  "!", "[[", "]]", "case", "coproc", "do", "done", "elif", "else", "esac", "fi", "for",
  "function", "if", "in", "select", "then", "time", "until", "while", "{", "}",
];

/** after these words the next one is a command again */
const COMMAND_PREFIX_WORDS = new Set(["!", "do", "elif", "else", "if", "then", "time", "until", "while", "{"]);

/** characters bash escapes with a backslash in a completed word */
const QUOTED_CHARS = new Set([..." \t\n\\\"'<>;|&()#$`?*[!{"]);

export function createCompleter(deps: CompleterDeps): Completer {
  return (line: string, cursor: number): Completion => {
    const ctx = scanCommandLine(line.slice(0, cursor));
    const word = ctx.current;
    if (ctx.commandPosition && !word.value.includes("/")) {
      if (word.value.startsWith("~")) return completeTilde(deps, word);
      const names = [...deps.commandNames(), ...deps.shellNames(), ...RESERVED_WORDS];
      return {
        replaceFrom: word.start,
        // command names are taken as they are: `[`, `!` and `{` must stay unescaped
        candidates: unique(names.filter((n) => n.startsWith(word.value))),
      };
    }
    if (word.value.startsWith("~") && !word.value.includes("/")) return completeTilde(deps, word);
    const pathLike = ctx.commandPosition || ctx.redirectTarget || /^[.~]|\//.test(word.value);
    if (!pathLike && ctx.words.length > 0) {
      const args = deps.argumentCompleter(ctx.words, word.value).filter((c) => c.startsWith(word.value));
      if (args.length > 0) return { replaceFrom: word.start, candidates: unique(args.map(quote)) };
    }
    return {
      replaceFrom: word.start,
      candidates: completePath(deps, word.value, ctx.commandPosition),
      filenames: true,
    };
  };
}

/** The word being completed: where it starts in the line and its unquoted text. */
interface Word {
  start: number;
  value: string;
}

export interface CommandLineContext {
  /** unquoted words of the current simple command before the current one (no assignments, no redirections) */
  words: string[];
  current: Word;
  /** the current word is where a command name goes */
  commandPosition: boolean;
  /** the current word follows a redirection operator (`>`, `<`, `>>`, ...) */
  redirectTarget: boolean;
}

/**
 * Read `text` (the line up to the cursor) as the shell would, just enough to
 * know the current word and the words of its simple command.
 */
export function scanCommandLine(text: string): CommandLineContext {
  let words: string[] = [];
  let redirectNext = false;
  let word: { start: number; value: string; redirect: boolean } | undefined;
  let quote: "'" | '"' | undefined;

  const endWord = (): void => {
    if (word === undefined) return;
    const w = word;
    word = undefined;
    if (w.redirect) return;
    if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value)) return; // VAR=value before the command
    words.push(w.value);
    if (words.length === 1 && COMMAND_PREFIX_WORDS.has(w.value)) words = [];
  };
  const startWord = (i: number): void => {
    if (word === undefined) {
      word = { start: i, value: "", redirect: redirectNext };
      redirectNext = false;
    }
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (quote === '"' && c === "\\" && i + 1 < text.length && '$`"\\'.includes(text[i + 1])) {
        word!.value += text[++i];
      } else word!.value += c;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n") {
      endWord();
      continue;
    }
    if (c === "\\") {
      startWord(i);
      if (i + 1 < text.length) word!.value += text[++i];
      continue;
    }
    if (c === "'" || c === '"') {
      startWord(i);
      quote = c;
      continue;
    }
    if ("|;&()<>".includes(c)) {
      // a file descriptor number glued to a redirection ("2>") is not a word
      const fdNumber = word !== undefined && /^[0-9]+$/.test(word.value) && (c === "<" || c === ">");
      if (fdNumber) word = undefined;
      else endWord();
      let op = c;
      while (i + 1 < text.length && "|&<>".includes(text[i + 1]) && op.length < 2) op += text[++i];
      if (op.includes("<") || op.includes(">")) {
        redirectNext = true;
      } else {
        words = [];
        redirectNext = false;
      }
      continue;
    }
    startWord(i);
    word!.value += c;
  }

  let current: Word;
  let redirectTarget = redirectNext;
  if (word !== undefined) {
    const w = word as { start: number; value: string; redirect: boolean };
    current = { start: w.start, value: w.value };
    redirectTarget = w.redirect;
  } else {
    current = { start: text.length, value: "" };
  }
  return { words, current, commandPosition: words.length === 0 && !redirectTarget, redirectTarget };
}

/**
 * Paths for the unquoted partial path `value`: entries of its directory that
 * start with its last component, a directory with a "/" after it.
 * `executables`: only directories
 * and executable files (a command path).
 */
function completePath(deps: CompleterDeps, value: string, executables: boolean): string[] {
  const fs = deps.fs();
  const slash = value.lastIndexOf("/");
  const dirPart = value.slice(0, slash + 1);
  const base = value.slice(slash + 1);
  const dir = resolvePath(deps.cwd(), dirPart === "" ? "." : dirPart, deps.home());
  const listed = fs.readdir(dir);
  if (!listed.ok) return [];
  // readline's match-hidden-files is on: dot files match an empty prefix too;
  // "." and ".." only come when the prefix starts with "."
  const names = base.startsWith(".") ? [".", "..", ...listed.value] : listed.value;
  const out: string[] = [];
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const st = fs.stat(resolvePath(dir, name));
    const isDir = st.ok && st.value.type === "dir";
    if (executables && !isDir && !(st.ok && (st.value.mode & 0o111) !== 0)) continue;
    out.push(quotePathPrefix(dirPart) + quote(name) + (isDir ? "/" : ""));
  }
  return out;
}

/** `~name` (no slash yet): user names from /etc/passwd, as `~name/`. */
function completeTilde(deps: CompleterDeps, word: Word): Completion {
  const prefix = word.value.slice(1);
  const passwd = deps.fs().readFile("/etc/passwd");
  const users = passwd.ok
    ? utf8Decode(passwd.value)
        .split("\n")
        .map((l) => l.split(":")[0])
        .filter((u) => u !== "")
    : [];
  return {
    replaceFrom: word.start,
    candidates: unique(users.filter((u) => u.startsWith(prefix)).map((u) => `~${quote(u)}/`)),
  };
}

/** backslash-escape what the shell would otherwise interpret */
function quote(text: string): string {
  let out = "";
  for (const ch of text) out += QUOTED_CHARS.has(ch) ? `\\${ch}` : ch;
  return out;
}

/** the directory part of a path as typed, escaped, keeping a leading `~` for tilde expansion */
function quotePathPrefix(dirPart: string): string {
  if (dirPart.startsWith("~")) return `~${quote(dirPart.slice(1))}`;
  return quote(dirPart);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
