/**
 * The programs a shell snippet runs, found without running it: enough of
 * bash's grammar to find the word in command position of each simple
 * command (after `|`, `&&`, `;`, `if`, `then`, ...), skipping variable
 * assignments, redirections, quoted text and here-document bodies. Used to
 * prove that every command a lesson shows exists in the simulation; what it
 * cannot see (a command inside `$(...)`), the lesson run catches as
 * "command not found".
 */

export interface CommandWord {
  name: string;
  /** 0-based line within the snippet */
  line: number;
}

/** words after which the next word is again in command position */
const KEYWORDS_THEN_COMMAND = new Set(["if", "then", "else", "elif", "while", "until", "do", "!", "{", "time"]);
/** words that end a compound command and are not commands themselves */
const KEYWORDS_ALONE = new Set(["fi", "done", "}", "esac", "in"]);

interface Token {
  text: string;
  line: number;
  op: boolean;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const heredocs: { delim: string; strip: boolean }[] = [];
  let i = 0;
  let line = 0;
  let word = "";
  let wordLine = 0;
  const flush = () => {
    if (word) tokens.push({ text: word, line: wordLine, op: false });
    word = "";
  };
  // bounded: every iteration consumes at least one character
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      flush();
      tokens.push({ text: "\n", line, op: true });
      line++;
      i++;
      // Skip here-document bodies opened on the line that just ended.
      for (const h of heredocs.splice(0)) {
        while (i < src.length) {
          const end = src.indexOf("\n", i);
          const l = src.slice(i, end === -1 ? src.length : end);
          i = end === -1 ? src.length : end + 1;
          line++;
          if ((h.strip ? l.replace(/^\t+/, "") : l) === h.delim) break;
        }
      }
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      continue;
    }
    if (c === " " || c === "\t") {
      flush();
      i++;
      continue;
    }
    if (c === "#" && !word) {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") {
      if (!word) wordLine = line;
      const end = findClose(src, i);
      for (let k = i; k < end; k++) if (src[k] === "\n") line++;
      word += src.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === "$" && src[i + 1] === "(") {
      if (!word) wordLine = line;
      let depth = 0;
      let k = i + 1;
      for (; k < src.length; k++) {
        if (src[k] === "(") depth++;
        else if (src[k] === ")" && --depth === 0) break;
      }
      word += src.slice(i, k + 1);
      i = k + 1;
      continue;
    }
    const op = /^(<<-|<<<|<<|>>|&&|\|\||[|;&()<>])/.exec(src.slice(i))?.[0];
    if (op) {
      // A redirection's target is a word, not a command: glue it to the operator.
      if (op === "<<" || op === "<<-") {
        flush();
        let k = i + op.length;
        while (src[k] === " ") k++;
        const m = /^(['"]?)([A-Za-z0-9_]+)\1/.exec(src.slice(k));
        if (m) {
          heredocs.push({ delim: m[2], strip: op === "<<-" });
          tokens.push({ text: "redir", line, op: false });
          i = k + m[0].length;
          continue;
        }
      }
      if (/^[0-9]+$/.test(word) && (op === ">" || op === "<" || op === ">>")) word = "";
      flush();
      if (op === "<" || op === ">" || op === ">>" || op === "<<<") {
        tokens.push({ text: "redir", line, op: false });
        if (src[i + op.length] === "&") i++;
      } else tokens.push({ text: op, line, op: true });
      i += op.length;
      continue;
    }
    if (!word) wordLine = line;
    word += c;
    i++;
  }
  flush();
  return tokens;
}

function findClose(src: string, i: number): number {
  const q = src[i];
  for (let k = i + 1; k < src.length; k++) {
    if (q !== "'" && src[k] === "\\") k++;
    else if (src[k] === q) return k;
  }
  return src.length - 1;
}

/** The command words of `src`, in order. */
export function commandWords(src: string): CommandWord[] {
  const out: CommandWord[] = [];
  let atStart = true;
  let skipUntil: string | undefined;
  let afterRedir = false;
  for (const t of tokenize(src)) {
    if (t.op) {
      atStart = true;
      afterRedir = false;
      continue;
    }
    if (skipUntil) {
      if (t.text === skipUntil) {
        skipUntil = undefined;
        atStart = true;
      }
      continue;
    }
    if (t.text === "redir") {
      afterRedir = true;
      continue;
    }
    if (afterRedir) {
      afterRedir = false;
      continue;
    }
    if (!atStart) continue;
    if (KEYWORDS_THEN_COMMAND.has(t.text)) continue;
    if (KEYWORDS_ALONE.has(t.text)) continue;
    if (t.text === "for" || t.text === "select") {
      skipUntil = "do";
      continue;
    }
    if (t.text === "case") {
      skipUntil = "esac";
      continue;
    }
    if (/^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(t.text)) continue; // VAR=value before the command
    atStart = false;
    if (/[$`'"*?]/.test(t.text) || t.text.includes("/")) continue; // computed or a path: not checked statically
    out.push({ name: t.text, line: t.line });
  }
  return out;
}
