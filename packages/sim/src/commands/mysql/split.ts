/**
 * How the mysql client cuts its input into statements (client/mysql.cc's
 * read_and_execute + add_line): line by line, a statement ends at the
 * delimiter (`;`, changed with DELIMITER), `\g` or `\G` (vertical output)
 * outside quotes and comments; `--` and `#` comments are dropped, `/*!...*\/`
 * kept for the server. A statement's line is the line where the client's
 * buffer was empty when it was read (what "ERROR ... at line N" reports).
 * Client commands (USE, SOURCE, QUIT, DELIMITER, HELP) are recognised at the
 * start of a statement, or alone on a line without a delimiter; `\c` clears
 * the statement being typed; an unknown `\x` is reported and kept in it.
 *
 * `StatementSplitter` takes one line at a time, which is what the
 * interactive monitor needs (its continuation prompt shows what is still
 * open: `->`, `'>`, `">`, `` `> ``, `/*>`); `splitInput` feeds it a whole
 * script.
 */
export type ClientItem =
  | { kind: "sql"; text: string; line: number; vertical: boolean }
  | { kind: "use"; db: string; line: number }
  | { kind: "source"; file: string; line: number }
  | { kind: "quit"; line: number }
  | { kind: "help"; line: number }
  /** a delimiter with nothing before it (the monitor says "No query specified"; batch mode ignores it) */
  | { kind: "empty"; line: number }
  /** `\x` that is no client command: "Unknown command '\x'." */
  | { kind: "unknown-command"; char: string; line: number }
  /** a client command the simulation does not have (\s, \!, \T, ...) */
  | { kind: "unsupported"; name: string; line: number };

/** what the statement being collected is still inside, for the continuation prompt */
export type Pending = "none" | "statement" | "'" | '"' | "`" | "comment";

const CLIENT_COMMANDS: Record<string, "use" | "source" | "quit" | "help"> = {
  use: "use", "\\u": "use",
  source: "source", "\\.": "source",
  quit: "quit", exit: "quit", "\\q": "quit",
  help: "help", "\\h": "help", "?": "help", "\\?": "help",
};

/** the backslash commands of mysql.cc's command table, by their letter */
const BACKSLASH: Record<string, string> = {
  "?": "help", C: "charset", c: "clear", r: "connect", d: "delimiter", e: "edit", G: "ego", q: "exit", g: "go",
  h: "help", n: "nopager", t: "notee", w: "nowarning", P: "pager", p: "print", R: "prompt", "#": "rehash",
  "-": "sandbox", ".": "source", s: "status", "!": "system", T: "tee", u: "use", W: "warnings",
};

function clientCommand(text: string, line: number): ClientItem | null | "delimiter" {
  const m = /^\s*(\S+)(?:\s+([\s\S]*))?$/.exec(text);
  if (!m) return null;
  let word = m[1].toLowerCase();
  let arg = (m[2] ?? "").trim();
  // "use;" / "quit;" / "help;": the delimiter is no part of the word
  if (arg === "" && /^[^;]+;+$/.test(word)) word = word.replace(/;+$/, "");
  if (word === "delimiter") return "delimiter";
  const kind = CLIENT_COMMANDS[word];
  if (!kind) return null;
  if (kind === "use") {
    const first = arg.replace(/;+$/, "").split(/\s+/)[0] ?? "";
    return { kind, db: first.replace(/^[`'"](.*)[`'"]$/, "$1"), line };
  }
  if (kind === "source") return { kind, file: arg.replace(/\s*;+\s*$/, ""), line };
  if (kind === "help") {
    arg = arg.replace(/;+$/, "").trim();
    // "help contents", "help SELECT": the server's help tables, which the simulation does not have
    return arg === "" ? { kind, line } : { kind: "unsupported", name: "help", line };
  }
  return { kind, line };
}

export class StatementSplitter {
  private delimiter = ";";
  // the statement being collected, as pieces (joined once when it ends: a long INSERT is not copied per line)
  private parts: string[] = [];
  private startLine = 1;
  private quote: string | null = null;
  private mlComment = false;
  /** the buffer holds more than whitespace */
  private hasContent = false;
  private lineNo = 0;
  private quitSeen = false;

  /** What the statement being typed is still inside ("none": nothing is being collected). */
  get pending(): Pending {
    if (this.quote) return this.quote as Pending;
    if (this.mlComment) return "comment";
    return this.hasContent || this.parts.length > 0 ? "statement" : "none";
  }

  /** A QUIT was read: the client stops reading. */
  get quit(): boolean {
    return this.quitSeen;
  }

  /** Forget the statement being typed (Ctrl-C in the monitor). */
  clear(): void {
    this.parts = [];
    this.quote = null;
    this.mlComment = false;
    this.hasContent = false;
  }

  /** What is left at the end of the input: a statement without its delimiter still runs. */
  finish(): ClientItem[] {
    const items: ClientItem[] = [];
    if (this.hasContent) this.emit(items, false);
    return items;
  }

  private emit(items: ClientItem[], vertical: boolean): void {
    const text = this.parts.join("").trim();
    this.parts = [];
    this.hasContent = false;
    if (text === "") {
      items.push({ kind: "empty", line: this.startLine });
      return;
    }
    const cmd = clientCommand(text, this.startLine);
    if (cmd && cmd !== "delimiter") {
      items.push(cmd);
      if (cmd.kind === "quit") this.quitSeen = true;
    } else if (!cmd) items.push({ kind: "sql", text, line: this.startLine, vertical });
  }

  /** One line of input (without its line break). */
  line(raw: string): ClientItem[] {
    const items: ClientItem[] = [];
    const ln = ++this.lineNo;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!this.hasContent && !this.quote) {
      this.parts = [];
      this.startLine = ln;
    }
    if (this.parts.length === 0 && !this.quote && !this.mlComment) {
      const m = /^\s*delimiter\s+(\S+)/i.exec(line);
      if (m) {
        this.delimiter = m[1];
        return items;
      }
      const hasDelim = line.includes(this.delimiter) || /\\[gG]/.test(line);
      if (!hasDelim) {
        const cmd = clientCommand(line, ln);
        if (cmd && cmd !== "delimiter") {
          items.push(cmd);
          if (cmd.kind === "quit") this.quitSeen = true;
          return items;
        }
      }
    }
    const delimiter = this.delimiter;
    const d0 = delimiter[0];
    let i = 0;
    const n = line.length;
    while (i < n) {
      if (this.mlComment) {
        const end = line.indexOf("*/", i);
        if (end < 0) {
          i = n;
          break;
        }
        this.mlComment = false;
        i = end + 2;
        continue;
      }
      if (this.quote) {
        // copy up to the closing quote, stepping over backslash escapes
        let j = i;
        while (j < n) {
          const c = line[j];
          if (c === "\\" && this.quote !== "`") j += 2;
          else if (c === this.quote) break;
          else j++;
        }
        if (j >= n) {
          this.parts.push(line.slice(i));
          i = n;
          break;
        }
        this.parts.push(line.slice(i, j + 1));
        this.quote = null;
        i = j + 1;
        continue;
      }
      // plain text up to the next character that matters
      let j = i;
      while (j < n) {
        const c = line[j];
        if (c === "'" || c === '"' || c === "`" || c === "#" || c === "-" || c === "/" || c === "\\" || c === d0) break;
        j++;
      }
      if (j > i) {
        const chunk = line.slice(i, j);
        if (!this.hasContent && /\S/.test(chunk)) this.hasContent = true;
        this.parts.push(chunk);
        i = j;
        continue;
      }
      const c = line[i];
      if (c === "'" || c === '"' || c === "`") {
        this.quote = c;
        this.hasContent = true;
        this.parts.push(c);
        i++;
        continue;
      }
      if (c === "#" || (c === "-" && line[i + 1] === "-" && (i + 2 >= n || /\s/.test(line[i + 2])))) break;
      if (c === "/" && line[i + 1] === "*") {
        if (line[i + 2] === "!" || (line[i + 2] === "M" && line[i + 3] === "!")) {
          // executable comment: the server reads it; the sandbox marker /*M!999999\- ... */ is a no-op here
          const end = line.indexOf("*/", i);
          const body = end < 0 ? line.slice(i) : line.slice(i, end + 2);
          if (body.startsWith("/*M!999999\\-")) {
            i = end < 0 ? n : end + 2;
            continue;
          }
          this.parts.push(body);
          this.hasContent = true;
          i += body.length;
          continue;
        }
        this.mlComment = true;
        i += 2;
        continue;
      }
      if (line.startsWith(delimiter, i)) {
        this.emit(items, false);
        i += delimiter.length;
        if (this.quitSeen) return items;
        continue;
      }
      if (c === "\\" && i + 1 < n) {
        const letter = line[i + 1];
        if (letter === "G" || letter === "g") {
          this.emit(items, letter === "G");
          i += 2;
          if (this.quitSeen) return items;
          continue;
        }
        if (letter === "c") {
          // clear: the statement so far is dropped, the rest of the line read on
          this.parts = [];
          this.hasContent = false;
          i += 2;
          continue;
        }
        const name = BACKSLASH[letter];
        if (name === undefined) {
          items.push({ kind: "unknown-command", char: letter, line: ln });
          this.parts.push(`\\${letter}`);
          this.hasContent = true;
          i += 2;
          continue;
        }
        if (!this.hasContent && ["q", "u", ".", "h", "?"].includes(letter)) {
          // a command with its parameters up to the delimiter or the end of the line
          const end = line.indexOf(delimiter, i + 2);
          const cmd = clientCommand(`\\${letter} ${line.slice(i + 2, end < 0 ? n : end)}`, ln);
          if (cmd && cmd !== "delimiter") items.push(cmd);
          if (cmd && cmd !== "delimiter" && cmd.kind === "quit") {
            this.quitSeen = true;
            return items;
          }
          i = end < 0 ? n : end + delimiter.length;
          continue;
        }
        items.push({ kind: "unsupported", name, line: ln });
        i = n;
        break;
      }
      this.hasContent = true;
      this.parts.push(c);
      i++;
    }
    if (this.parts.length > 0 || this.quote) this.parts.push("\n");
    return items;
  }
}

/** Split client input; the delimiter starts as ";" and DELIMITER lines change it. */
export function splitInput(input: string): ClientItem[] {
  const splitter = new StatementSplitter();
  const items: ClientItem[] = [];
  const lines = input.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    for (const it of splitter.line(line)) items.push(it);
    if (splitter.quit) return items;
  }
  for (const it of splitter.finish()) items.push(it);
  return items;
}
