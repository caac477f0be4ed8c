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
  let buf = "";
  let startLine = 1;
  let quote: string | null = null;
  let mlComment = false;
  const lines = input.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const emit = (vertical: boolean) => {
    const text = buf.trim();
    buf = "";
    if (text === "") return;
    const cmd = clientCommand(text, startLine);
    if (cmd && cmd !== "delimiter") items.push(cmd);
    else if (!cmd) items.push({ kind: "sql", text, line: startLine, vertical });
  };
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].replace(/\r$/, "");
    if (buf.trim() === "") {
      buf = "";
      startLine = ln + 1;
    }
    if (buf === "" && !quote && !mlComment) {
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
    let i = 0;
    while (i < line.length) {
      const c = line[i];
      if (mlComment) {
        const end = line.indexOf("*/", i);
        if (end < 0) {
          i = line.length;
          break;
        }
        mlComment = false;
        i = end + 2;
        continue;
      }
      if (quote) {
        buf += c;
        if (c === "\\" && quote !== "`" && i + 1 < line.length) {
          buf += line[i + 1];
          i += 2;
          continue;
        }
        if (c === quote) quote = null;
        i++;
        continue;
      }
      if (c === "'" || c === '"' || c === "`") {
        quote = c;
        buf += c;
        i++;
        continue;
      }
      if (c === "#" || (c === "-" && line[i + 1] === "-" && (i + 2 >= line.length || /\s/.test(line[i + 2])))) break;
      if (c === "/" && line[i + 1] === "*") {
        if (line[i + 2] === "!" || (line[i + 2] === "M" && line[i + 3] === "!")) {
          // executable comment: the server reads it; the sandbox marker /*M!999999\- ... */ is a no-op here
          const end = line.indexOf("*/", i);
          const body = end < 0 ? line.slice(i) : line.slice(i, end + 2);
          if (/^\/\*M!999999\\-/.test(body)) {
            i = end < 0 ? line.length : end + 2;
            continue;
          }
          buf += body;
          i += body.length;
          if (end < 0) mlComment = false;
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
      buf += c;
      i++;
    }
    if (buf !== "" || quote) buf += "\n";
  }
  if (buf.trim() !== "") emit(false);
  return items;
}
