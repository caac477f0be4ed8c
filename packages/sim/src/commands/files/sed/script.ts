/**
 * Reading a sed script (GNU sed 4.9, compile.c) into a flat program: each
 * command with its addresses, `{` knowing where its `}` is, branches knowing
 * their label. Pieces of script (-e, -f) are read in turn as one text, as
 * GNU does: a block or an `a\` text may go on in the next piece. Mistakes
 * come back with GNU's words and the position it reports ("char N": how many
 * characters of that piece were read when the mistake was seen).
 */
import { translateRegex } from "../regex.js";
import { BoundedRegExp, RegexSyntaxError } from "../regex-machine.js";

/** one piece of script and how GNU names it in errors */
export interface ScriptPiece {
  text: string;
  /** "-e expression #2" or "file s.sed" (then errors say "line N") */
  origin: { kind: "expression"; index: number } | { kind: "file"; name: string };
}

export interface SedRegex {
  /** null: the empty regex, "the last regex used" at run time */
  re: BoundedRegExp | null;
  /** how many groups it has (for \N in a replacement) */
  groups: number;
}

export type Address =
  | { kind: "line"; n: number }
  | { kind: "last" }
  | { kind: "zero" }
  | { kind: "step"; first: number; step: number }
  | { kind: "regex"; regex: SedRegex };

export type EndAddress = Address | { kind: "plus"; n: number } | { kind: "multiple"; n: number };

/** a piece of a replacement: text, a group (0 is &), or a case conversion */
export type ReplacementPart =
  | { kind: "text"; text: string }
  | { kind: "group"; n: number }
  | { kind: "case"; op: "U" | "L" | "u" | "l" | "E" };

/** what a command does, and what it needs to do it */
export type SedAction =
  | { name: "{"; end: number }
  | { name: "}" | "=" | "d" | "D" | "g" | "G" | "h" | "H" | "n" | "N" | "p" | "P" | "x" | "z" | "F" }
  | { name: "a" | "i" | "c"; text: string }
  | { name: ":"; label: string }
  | { name: "b" | "t" | "T"; label: string; target: number }
  | { name: "q" | "Q"; exit: number }
  | { name: "l"; width?: number }
  | { name: "r" | "R" | "w" | "W"; file: string }
  | { name: "y"; map: Map<string, string> }
  | {
      name: "s";
      regex: SedRegex;
      replacement: ReplacementPart[];
      global: boolean;
      occurrence: number;
      print: boolean;
      write?: string;
    };

export type SedCommand = {
  a1?: Address;
  a2?: EndAddress;
  negate: boolean;
  /** run-time state of a range (address.ts) */
  range: { active: boolean; end: number; closed: boolean };
} & SedAction;

export interface SedProgram {
  commands: SedCommand[];
  /** a `#n` first line: as -n */
  quiet: boolean;
  /** files named by w/W commands and s///w: GNU creates (truncates) them before reading input */
  writeFiles: string[];
}

/** a mistake in the script: sed prints `sed: TEXT` and exits with `status` (GNU: 1, or 4 for a missing label) */
export class SedScriptError extends Error {
  constructor(
    readonly text: string,
    readonly status = 1,
  ) {
    super(text);
  }
}

const NO_ARGS = new Set(["=", "d", "D", "g", "G", "h", "H", "n", "N", "p", "P", "x", "z", "F"]);

/** Read the pieces into a program. `extended`: -E. */
export function compileScript(pieces: ScriptPiece[], extended: boolean): SedProgram {
  return new Compiler(pieces, extended).compile();
}

class Compiler {
  private piece = 0;
  /** characters of the current piece read so far (GNU's "char N") */
  private pos = 0;
  private line = 1;
  private readonly commands: SedCommand[] = [];
  private readonly blocks: number[] = [];
  private readonly writeFiles: string[] = [];

  constructor(
    private readonly pieces: ScriptPiece[],
    private readonly extended: boolean,
  ) {}

  compile(): SedProgram {
    const first = this.pieces[0]?.text ?? "";
    const quiet = first === "#n" || first.startsWith("#n\n");
    for (this.piece = 0; this.piece < this.pieces.length; this.piece++) {
      this.pos = 0;
      this.line = 1;
      while (this.readCommand());
    }
    if (this.blocks.length > 0) {
      this.piece = this.pieces.length - 1;
      this.pos = 0;
      this.fail("unmatched `{'");
    }
    this.resolveLabels();
    return { commands: this.commands, quiet, writeFiles: this.writeFiles };
  }

  private get text(): string {
    return this.pieces[this.piece].text;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private next(): string | undefined {
    const c = this.text[this.pos];
    if (c === undefined) return undefined;
    this.pos++;
    if (c === "\n") this.line++;
    return c;
  }

  private fail(message: string): never {
    const o = this.pieces[this.piece]?.origin ?? { kind: "expression", index: 1 };
    throw new SedScriptError(o.kind === "file" ? `file ${o.name} line ${this.line}: ${message}` : `-e expression #${o.index}, char ${this.pos}: ${message}`);
  }

  private skipBlanks(): void {
    while (this.peek() === " " || this.peek() === "\t") this.next();
  }

  /** one command; false at the end of the piece */
  private readCommand(): boolean {
    // blanks, newlines and `;` between commands
    for (;;) {
      const c = this.peek();
      if (c === undefined) return false;
      if (c === " " || c === "\t" || c === "\n" || c === ";") this.next();
      else break;
    }
    const a1 = this.readAddress();
    let a2: EndAddress | undefined;
    if (a1) {
      this.skipBlanks();
      if (this.peek() === ",") {
        this.next();
        this.skipBlanks();
        a2 = this.readEndAddress();
        if (!a2) {
          this.next();
          this.fail("unexpected `,'");
        }
      }
    }
    this.skipBlanks();
    let negate = false;
    while (this.peek() === "!") {
      this.next();
      if (negate) this.fail("multiple `!'s");
      negate = true;
      this.skipBlanks();
    }
    const name = this.next();
    if (name === undefined || name === "\n" || name === ";") {
      if (a1 || negate) this.fail("missing command");
      return name !== undefined;
    }
    if (a1?.kind === "zero" && !(a2 && a2.kind === "regex")) this.fail("invalid usage of line address 0");
    const range = { active: false, end: 0, closed: false };
    const base = { a1, a2, negate, range };
    if (a2 && (name === "q" || name === "Q")) this.fail("command only uses one address");
    if (name === "#") {
      if (a1) this.fail("comments don't accept any addresses");
      while (this.peek() !== undefined && this.peek() !== "\n") this.next();
      return true;
    }
    if (name === "}") {
      if (this.blocks.length === 0) this.fail("unexpected `}'");
      if (a1) this.fail("} doesn't want any addresses");
      const open = this.blocks.pop()!;
      (this.commands[open] as { end: number }).end = this.commands.length;
      this.commands.push({ ...base, name: "}" });
      this.endOfCommand();
      return true;
    }
    if (name === "{") {
      this.blocks.push(this.commands.length);
      this.commands.push({ ...base, name: "{", end: -1 });
      return true;
    }
    if (NO_ARGS.has(name)) {
      this.commands.push({ ...base, name } as SedCommand);
      this.endOfCommand();
      return true;
    }
    switch (name) {
      case ":": {
        if (a1) this.fail(": doesn't want any addresses");
        const label = this.readLabel();
        if (label === "") this.fail('":" lacks a label');
        this.commands.push({ ...base, name: ":", label });
        return true;
      }
      case "b":
      case "t":
      case "T":
        this.skipBlanks();
        this.commands.push({ ...base, name, label: this.readLabel(), target: -1 });
        return true;
      case "q":
      case "Q":
        this.skipBlanks();
        this.commands.push({ ...base, name, exit: this.readNumber() ?? 0 });
        this.endOfCommand();
        return true;
      case "l":
        this.skipBlanks();
        this.commands.push({ ...base, name, width: this.readNumber() });
        this.endOfCommand();
        return true;
      case "a":
      case "i":
      case "c":
        this.commands.push({ ...base, name, text: this.readText() });
        return true;
      case "r":
      case "R":
      case "w":
      case "W": {
        const file = this.readFilename();
        if (name === "w" || name === "W") this.writeFiles.push(file);
        this.commands.push({ ...base, name, file });
        return true;
      }
      case "e":
        this.fail("e/r/w commands disabled in sandbox mode");
        break;
      case "s":
        this.commands.push({ ...base, ...this.readSubstitute() });
        return true;
      case "y":
        this.commands.push({ ...base, name: "y", map: this.readTransliteration() });
        return true;
    }
    this.fail(`unknown command: \`${name}'`);
  }

  /** after a command: blanks, then `;`, newline, `}`, `#` or the end */
  private endOfCommand(): void {
    this.skipBlanks();
    const c = this.peek();
    if (c === undefined || c === ";" || c === "\n") {
      this.next();
      return;
    }
    if (c === "}" || c === "#") return;
    this.next();
    this.fail("extra characters after command");
  }

  private readNumber(): number | undefined {
    let digits = "";
    while (/[0-9]/.test(this.peek() ?? "")) digits += this.next();
    return digits === "" ? undefined : Number(digits);
  }

  private readAddress(): Address | undefined {
    const c = this.peek();
    if (c === undefined) return undefined;
    if (/[0-9]/.test(c)) {
      const n = this.readNumber()!;
      this.skipBlanks();
      if (this.peek() === "~") {
        this.next();
        this.skipBlanks();
        return { kind: "step", first: n, step: this.readNumber() ?? 0 };
      }
      return n === 0 ? { kind: "zero" } : { kind: "line", n };
    }
    if (c === "$") {
      this.next();
      return { kind: "last" };
    }
    if (c === "/" || c === "\\") {
      this.next();
      const delim = c === "/" ? "/" : this.next();
      if (delim === undefined || delim === "\n" || delim === "\\") this.fail("unterminated address regex");
      const body = this.readDelimited(delim, "unterminated address regex", true);
      // GNU compiles it before reading its flags: a bad regex is reported here
      this.compileRegex(body, "");
      let flags = "";
      while (this.peek() === "I" || this.peek() === "M") flags += this.next();
      return { kind: "regex", regex: this.compileRegex(body, flags) };
    }
    return undefined;
  }

  private readEndAddress(): EndAddress | undefined {
    const c = this.peek();
    if (c === "+" || c === "~") {
      this.next();
      const n = this.readNumber();
      if (n === undefined) return undefined;
      return c === "+" ? { kind: "plus", n } : { kind: "multiple", n };
    }
    const a = this.readAddress();
    if (a?.kind === "zero") this.fail("invalid usage of line address 0");
    return a?.kind === "step" ? { kind: "line", n: a.first } : a;
  }

  /**
   * Text up to an unescaped `delim`, bracket expressions read whole (a `/`
   * inside `[...]` does not end a regex). `\delim` becomes the delimiter
   * itself; `\n` a newline; other escapes stay for the regex reader.
   */
  private readDelimited(delim: string, unterminated: string, regex: boolean): string {
    let out = "";
    for (;;) {
      const c = this.next();
      if (c === undefined || c === "\n") this.fail(unterminated);
      if (c === delim) return out;
      if (c === "\\") {
        const n = this.next();
        if (n === undefined) this.fail(unterminated);
        if (n === delim) out += delim;
        else if (n === "n" && regex) out += "\n";
        else if (n === "\n" && regex) out += "\n";
        else out += `\\${n}`;
        continue;
      }
      if (c === "[" && regex) {
        out += c + this.readBracket(unterminated);
        continue;
      }
      out += c;
    }
  }

  /** the rest of a bracket expression after `[`, up to and with its `]` */
  private readBracket(unterminated: string): string {
    let out = "";
    if (this.peek() === "^") out += this.next();
    if (this.peek() === "]") out += this.next();
    for (;;) {
      const c = this.next();
      if (c === undefined) this.fail(unterminated);
      out += c;
      if (c === "]") return out;
      if (c === "[" && (this.peek() === ":" || this.peek() === "." || this.peek() === "=")) {
        const kind = this.next()!;
        out += kind;
        for (;;) {
          const d = this.next();
          if (d === undefined) this.fail(unterminated);
          out += d;
          if (d === kind && this.peek() === "]") {
            out += this.next();
            break;
          }
        }
      }
    }
  }

  /** GNU's escapes inside a regex (\t and friends) before the POSIX translation */
  private compileRegex(body: string, flags: string): SedRegex {
    if (body === "") return { re: null, groups: 0 };
    const posix = body.replace(/\\(\\|t|f|v|r|a|x[0-9a-fA-F]{1,2})/g, (m, e: string) => {
      if (e === "\\") return m;
      if (e[0] === "x") return escapeForRegex(String.fromCharCode(parseInt(e.slice(1), 16)));
      return { t: "\t", f: "\f", v: "\v", r: "\r", a: "\x07" }[e] ?? m;
    });
    const r = translateRegex(posix, this.extended);
    if (!r.ok) this.fail(r.error);
    let js = "u";
    if (flags.includes("I")) js += "i";
    js += flags.includes("M") ? "m" : "s";
    // the groups the translated regex really has (an alternation with the empty string matches "" and reports them all)
    let re: BoundedRegExp;
    try {
      // compiled before the script runs: execute.ts points its work at the budget
      re = new BoundedRegExp(r.source, `${js}g`, () => {}, true);
    } catch (e) {
      if (!(e instanceof RegexSyntaxError)) throw e;
      this.fail(e.message);
    }
    return { re, groups: re.groupCount };
  }

  private readSubstitute(): Extract<SedAction, { name: "s" }> {
    const delim = this.next();
    if (delim === undefined || delim === "\n" || delim === "\\") this.fail("unterminated `s' command");
    const pattern = this.readDelimited(delim, "unterminated `s' command", true);
    const rhs = this.readDelimited(delim, "unterminated `s' command", false);
    let global = false;
    let print = false;
    let occurrence = 0;
    let flags = "";
    let write: string | undefined;
    for (;;) {
      const c = this.peek();
      if (c === "g") {
        this.next();
        if (global) this.fail("multiple `g' options to `s' command");
        global = true;
      } else if (c === "p") {
        this.next();
        if (print) this.fail("multiple `p' options to `s' command");
        print = true;
      } else if (c !== undefined && /[0-9]/.test(c)) {
        if (occurrence) {
          this.next();
          this.fail("multiple number options to `s' command");
        }
        const n = this.readNumber()!;
        if (n === 0) this.fail("number option to `s' command may not be zero");
        occurrence = n;
      } else if (c === "i" || c === "I") {
        this.next();
        flags += "I";
      } else if (c === "m" || c === "M") {
        this.next();
        flags += "M";
      } else if (c === "e") {
        this.next();
        this.fail("e/r/w commands disabled in sandbox mode");
      } else if (c === "w") {
        this.next();
        write = this.readFilename();
        this.writeFiles.push(write);
        break;
      } else if (c === undefined || c === ";" || c === "\n" || c === "}" || c === "#" || c === " " || c === "\t") {
        this.endOfCommand();
        break;
      } else {
        this.next();
        this.fail("unknown option to `s'");
      }
    }
    const regex = this.compileRegex(pattern, flags);
    const replacement = parseReplacement(rhs);
    const highest = Math.max(0, ...replacement.map((p) => (p.kind === "group" ? p.n : 0)));
    if (regex.re && highest > regex.groups) this.fail(`invalid reference \\${highest} on \`s' command's RHS`);
    return { name: "s", regex, replacement, global, occurrence: occurrence || 1, print, write };
  }

  private readTransliteration(): Map<string, string> {
    const delim = this.next();
    if (delim === undefined || delim === "\n" || delim === "\\") this.fail("unterminated `y' command");
    // `\\` is a backslash and `\n` a newline; `\` before the delimiter was taken by readDelimited
    const unescape = (text: string) => text.replace(/\\(\\|n)/g, (_m, c: string) => (c === "n" ? "\n" : "\\"));
    const from = [...unescape(this.readDelimited(delim, "unterminated `y' command", false))];
    const to = [...unescape(this.readDelimited(delim, "unterminated `y' command", false))];
    if (from.length !== to.length) this.fail("strings for `y' command are different lengths");
    this.endOfCommand();
    return new Map(from.map((c, i) => [c, to[i]]));
  }

  /** a label for : b t T: up to a newline or `;` (blanks around it dropped) */
  private readLabel(): string {
    this.skipBlanks();
    let label = "";
    while (this.peek() !== undefined && this.peek() !== "\n" && this.peek() !== ";") label += this.next();
    if (this.peek() !== undefined) this.next();
    return label.trimEnd();
  }

  /** a file name for r R w W: the rest of the line */
  private readFilename(): string {
    this.skipBlanks();
    let name = "";
    while (this.peek() !== undefined && this.peek() !== "\n") name += this.next();
    if (this.peek() === "\n") this.next();
    if (name === "") this.fail("missing filename in r/R/w/W commands");
    return name;
  }

  /**
   * The text of a, i, c. GNU's one-line form (`a text`, leading blanks
   * dropped; `a\text` keeps them) or the POSIX form (`a\` then the text on
   * the next lines, each but the last ending in a backslash). A text left
   * open at the end of a piece goes on in the next one.
   */
  private readText(): string {
    this.skipBlanks();
    if (this.peek() === undefined) {
      if (this.piece + 1 >= this.pieces.length) this.fail("expected \\ after `a', `c' or `i'");
    }
    if (this.peek() === "\\") {
      this.next();
      if (this.peek() === "\n") this.next();
      else if (this.peek() === undefined && this.piece + 1 < this.pieces.length) {
        // `-e 'a\' -e 'text'`: the text is the next piece
        this.piece++;
        this.pos = 0;
        this.line = 1;
      }
    }
    let text = "";
    for (;;) {
      const c = this.next();
      if (c === undefined) break;
      if (c === "\\") {
        const n = this.next();
        if (n === undefined) break;
        text += n;
        continue;
      }
      if (c === "\n") {
        text += c;
        break;
      }
      text += c;
    }
    return text === "" || text.endsWith("\n") ? text : `${text}\n`;
  }

  private resolveLabels(): void {
    const labels = new Map<string, number>();
    this.commands.forEach((c, i) => {
      if (c.name === ":") labels.set(c.label, i);
    });
    for (const c of this.commands) {
      if (c.name !== "b" && c.name !== "t" && c.name !== "T") continue;
      if (c.label === "") c.target = this.commands.length;
      else {
        const at = labels.get(c.label);
        if (at === undefined) throw new SedScriptError(`can't find label for jump to \`${c.label}'`, 4);
        c.target = at;
      }
    }
  }
}

function escapeForRegex(ch: string): string {
  return /[\\^$.*[\]]/.test(ch) ? `\\${ch}` : ch;
}

/** A replacement's text into parts: & and \N, \U \L \u \l \E, \n \t and literal escapes. */
export function parseReplacement(rhs: string): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let text = "";
  const flush = () => {
    if (text) parts.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < rhs.length; i++) {
    const c = rhs[i];
    if (c === "&") {
      flush();
      parts.push({ kind: "group", n: 0 });
    } else if (c === "\\" && i + 1 < rhs.length) {
      const n = rhs[++i];
      if (/[0-9]/.test(n)) {
        flush();
        parts.push({ kind: "group", n: Number(n) });
      } else if ("ULulE".includes(n)) {
        flush();
        parts.push({ kind: "case", op: n as "U" });
      } else text += { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07" }[n] ?? n;
    } else text += c;
  }
  flush();
  return parts;
}
