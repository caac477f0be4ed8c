/**
 * How the mysql client cuts its input into statements (client/mysql.cc's
 * read_and_execute + add_line): line by line, a statement ends at the
 * delimiter (`;`, changed with DELIMITER), `\g` or `\G` (vertical output)
 * outside quotes and comments; `--` and `#` comments are dropped, `/*!...*\/`
 * kept for the server. A statement's line is the line where the client's
 * buffer was empty when it was read (what "ERROR ... at line N" reports).
 * Client commands (USE, SOURCE, QUIT, DELIMITER) are recognised at the start
 * of a statement, or alone on a line without a delimiter.
 */
export type ClientItem =
  | { kind: "sql"; text: string; line: number; vertical: boolean }
  | { kind: "use"; db: string; line: number }
  | { kind: "source"; file: string; line: number }
  | { kind: "quit"; line: number };

const CLIENT_COMMANDS = ["use", "source", "quit", "exit", "delimiter", "\\.", "\\q", "\\u"];

function clientCommand(text: string, line: number): ClientItem | null | "delimiter" {
  const m = /^\s*(\S+)(?:\s+([\s\S]*))?$/.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const arg = (m[2] ?? "").trim();
  if (word === "use" || word === "\\u") {
    const first = arg.replace(/;+$/, "").split(/\s+/)[0] ?? "";
    return { kind: "use", db: first.replace(/^[`'"](.*)[`'"]$/, "$1"), line };
  }
  if (word === "source" || word === "\\.") return { kind: "source", file: arg.replace(/\s*;+\s*$/, ""), line };
  if (word === "quit" || word === "exit" || word === "\\q") return { kind: "quit", line };
  if (word === "delimiter") return "delimiter";
  return null;
}

/** Split client input; the delimiter starts as ";" and DELIMITER lines change it. */
export function splitInput(input: string): ClientItem[] {
  const items: ClientItem[] = [];
  let delimiter = ";";
  // the statement being collected, as pieces (joined once when it ends: a long INSERT is not copied per line)
  let parts: string[] = [];
  let startLine = 1;
  let quote: string | null = null;
  let mlComment = false;
  /** the buffer holds more than whitespace */
  let hasContent = false;
  const lines = input.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const emit = (vertical: boolean) => {
    const text = parts.join("").trim();
    parts = [];
    hasContent = false;
    if (text === "") return;
    const cmd = clientCommand(text, startLine);
    if (cmd && cmd !== "delimiter") items.push(cmd);
    else if (!cmd) items.push({ kind: "sql", text, line: startLine, vertical });
  };
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].endsWith("\r") ? lines[ln].slice(0, -1) : lines[ln];
    if (!hasContent && !quote) {
      parts = [];
      startLine = ln + 1;
    }
    if (parts.length === 0 && !quote && !mlComment) {
      const m = /^\s*delimiter\s+(\S+)/i.exec(line);
      if (m) {
        delimiter = m[1];
        continue;
      }
      const hasDelim = line.includes(delimiter) || /\\[gG]/.test(line);
      if (!hasDelim) {
        const cmd = clientCommand(line, ln + 1);
        if (cmd && cmd !== "delimiter") {
          items.push(cmd);
          if (cmd.kind === "quit") return items;
          continue;
        }
      }
    }
    const d0 = delimiter[0];
    let i = 0;
    const n = line.length;
    while (i < n) {
      if (mlComment) {
        const end = line.indexOf("*/", i);
        if (end < 0) {
          i = n;
          break;
        }
        mlComment = false;
        i = end + 2;
        continue;
      }
      if (quote) {
        // copy up to the closing quote, stepping over backslash escapes
        let j = i;
        while (j < n) {
          const c = line[j];
          if (c === "\\" && quote !== "`") j += 2;
          else if (c === quote) break;
          else j++;
        }
        if (j >= n) {
          parts.push(line.slice(i));
          i = n;
          break;
        }
        parts.push(line.slice(i, j + 1));
        quote = null;
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
        if (!hasContent && /\S/.test(chunk)) hasContent = true;
        parts.push(chunk);
        i = j;
        continue;
      }
      const c = line[i];
      if (c === "'" || c === '"' || c === "`") {
        quote = c;
        hasContent = true;
        parts.push(c);
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
          parts.push(body);
          hasContent = true;
          i += body.length;
          continue;
        }
        mlComment = true;
        i += 2;
        continue;
      }
      if (line.startsWith(delimiter, i)) {
        emit(false);
        i += delimiter.length;
        continue;
      }
      if (c === "\\" && (line[i + 1] === "G" || line[i + 1] === "g")) {
        emit(line[i + 1] === "G");
        i += 2;
        continue;
      }
      hasContent = true;
      parts.push(c);
      i++;
    }
    if (parts.length > 0 || quote) parts.push("\n");
  }
  if (hasContent) emit(false);
  return items;
}
