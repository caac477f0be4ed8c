/**
 * Running a sed program (GNU sed 4.9, execute.c): the cycle of reading a
 * line into the pattern space, running the commands, printing the pattern
 * space (unless -n) and the queued `a`/`r`/`R` text. The hold space, the
 * last regex used and a `q` carry over from one input stream to the next
 * (with -s or -i each file is a stream of its own, its lines counted from 1).
 *
 * Every command run charges the process budget, so `:a;ba` ends with the
 * shell's "ran too long" instead of hanging the page.
 */
import { utf8Encode } from "../../../bytes.js";
import type { Budget } from "../../../process/limits.js";
import type { BoundedRegExp } from "../regex-machine.js";
import { resetRange, selects } from "./address.js";
import type { ReplacementPart, SedCommand, SedProgram, SedRegex } from "./script.js";
import { SedScriptError } from "./script.js";

/** somewhere output goes (stdout, a file being edited in place, a `w` file) */
export class SedOutput {
  text = "";
  /** the last thing written was a line without its newline (the input's last line had none) */
  private missingNewline = false;

  constructor(private readonly sink?: (text: string) => void) {}

  /** text after the newline a previous line went without, if it did (even for empty text, as GNU does) */
  write(text: string): void {
    if (this.missingNewline) this.emit("\n");
    this.missingNewline = false;
    this.emit(text);
  }

  /** a line, with its newline only if the input line had one */
  writeLine(text: string, newline: boolean, delimiter: string): void {
    if (this.missingNewline) this.emit("\n");
    this.emit(newline ? text + delimiter : text);
    this.missingNewline = !newline;
  }

  private emit(text: string): void {
    if (this.sink) this.sink(text);
    else this.text += text;
  }
}

/** lines of one input stream, read on demand (opening the next file may print an error) */
export interface LineSource {
  /** the next line and whether it ended with the delimiter; undefined at the end */
  next(): { text: string; newline: boolean } | undefined;
  /** no line follows the one just read */
  atEnd(): boolean;
  /** the name of the file being read, "-" for standard input (the F command) */
  fileName(): string;
}

export interface SedEnvironment {
  quiet: boolean;
  /** -z: lines end with NUL */
  delimiter: string;
  /** -l N (the l command's wrapping width) */
  lineLength: number;
  budget: Budget;
  /** a file for r and R, or undefined when it cannot be read (those commands say nothing then) */
  readFile(name: string): string | undefined;
  /** where w and W write */
  writeFile(name: string): SedOutput;
}

/** what stopped the run early: q/Q with its exit status */
export interface SedQuit {
  exit: number;
}

type AppendItem = { text: string } | { file: string } | { line: string };

export class SedMachine {
  private hold = "";
  private lastRegex: BoundedRegExp | undefined;
  private quitStatus: number | undefined;
  private readonly rPositions = new Map<string, { lines: string[]; at: number }>();

  constructor(
    private readonly program: SedProgram,
    private readonly env: SedEnvironment,
  ) {
    for (const c of program.commands) resetRange(c);
  }

  /** the exit status a q or Q asked for, once one ran */
  get quit(): number | undefined {
    return this.quitStatus;
  }

  /** Run the program over one stream of lines, writing to `out`. */
  run(input: LineSource, out: SedOutput): void {
    const { commands } = this.program;
    const env = this.env;
    let lineNumber = 0;
    let ps = "";
    let newline = true;
    let replaced = false;
    let append: AppendItem[] = [];
    const dumpAppend = () => {
      for (const a of append) {
        if ("text" in a) out.write(a.text);
        else if ("line" in a) out.write(a.line);
        else {
          const data = env.readFile(a.file);
          out.write(data ?? "");
        }
      }
      append = [];
    };
    const read = (): boolean => {
      const l = input.next();
      if (!l) return false;
      lineNumber++;
      ps = l.text;
      newline = l.newline;
      replaced = false;
      return true;
    };
    const ctx = {
      get line() {
        return lineNumber;
      },
      isLast: () => input.atEnd(),
      test: (r: SedRegex) => {
        const re = this.regex(r);
        const found = re.test(ps);
        re.lastIndex = 0;
        return found;
      },
    };
    const autoprint = () => {
      if (!this.program.quiet && !env.quiet) out.writeLine(ps, newline, env.delimiter);
    };

    let restart = false;
    while (this.quitStatus === undefined) {
      if (!restart && !read()) break;
      restart = false;
      let pc = 0;
      /** how the cycle ends: "print" (normal), "delete" (d, c), "restart" (D), "quit" (q), "stop" (Q) */
      let end: "print" | "delete" | "restart" | "quit" | "stop" = "print";
      cycle: while (pc < commands.length) {
        env.budget.charge();
        const cmd = commands[pc];
        if (!selects(cmd, ctx)) {
          pc = cmd.name === "{" ? cmd.end + 1 : pc + 1;
          continue;
        }
        pc++;
        switch (cmd.name) {
          case "{":
          case "}":
          case ":":
            break;
          case "=":
            out.write(`${lineNumber}\n`);
            break;
          case "a":
            append.push({ text: cmd.text });
            break;
          case "i":
            out.write(cmd.text);
            break;
          case "c":
            if (!cmd.range.active) out.write(cmd.text);
            end = "delete";
            break cycle;
          case "d":
            end = "delete";
            break cycle;
          case "D": {
            const nl = ps.indexOf("\n");
            if (nl < 0) {
              end = "delete";
              break cycle;
            }
            ps = ps.slice(nl + 1);
            end = "restart";
            break cycle;
          }
          case "g":
            ps = this.hold;
            break;
          case "G":
            ps += `\n${this.hold}`;
            break;
          case "h":
            this.hold = ps;
            break;
          case "H":
            this.hold += `\n${ps}`;
            break;
          case "x":
            [ps, this.hold] = [this.hold, ps];
            break;
          case "z":
            ps = "";
            break;
          case "n":
            if (input.atEnd()) break cycle;
            autoprint();
            dumpAppend();
            read();
            break;
          case "N": {
            if (input.atEnd()) break cycle;
            dumpAppend();
            const before = ps;
            read();
            ps = `${before}\n${ps}`;
            break;
          }
          case "p":
            out.writeLine(ps, newline, env.delimiter);
            break;
          case "P": {
            const nl = ps.indexOf("\n");
            out.writeLine(nl < 0 ? ps : ps.slice(0, nl), nl >= 0 || newline, env.delimiter);
            break;
          }
          case "l":
            out.write(unambiguous(ps, cmd.width ?? env.lineLength));
            break;
          case "F":
            out.write(`${input.fileName()}\n`);
            break;
          case "q":
            this.quitStatus = cmd.exit;
            end = "quit";
            break cycle;
          case "Q":
            this.quitStatus = cmd.exit;
            end = "stop";
            break cycle;
          case "b":
            pc = cmd.target;
            break;
          case "t":
            if (replaced) {
              replaced = false;
              pc = cmd.target;
            }
            break;
          case "T":
            if (!replaced) pc = cmd.target;
            else replaced = false;
            break;
          case "r":
            append.push({ file: cmd.file });
            break;
          case "R": {
            const line = this.readLineOf(cmd.file);
            if (line !== undefined) append.push({ line });
            break;
          }
          case "w":
            env.writeFile(cmd.file).writeLine(ps, newline, env.delimiter);
            break;
          case "W": {
            const nl = ps.indexOf("\n");
            env.writeFile(cmd.file).writeLine(nl < 0 ? ps : ps.slice(0, nl), nl >= 0 || newline, env.delimiter);
            break;
          }
          case "y":
            ps = [...ps].map((c) => cmd.map.get(c) ?? c).join("");
            break;
          case "s": {
            const r = this.substitute(cmd, ps);
            if (r === undefined) break;
            ps = r;
            replaced = true;
            if (cmd.print) out.writeLine(ps, newline, env.delimiter);
            if (cmd.write) env.writeFile(cmd.write).writeLine(ps, newline, env.delimiter);
            break;
          }
        }
      }
      if (end === "print" || end === "quit") autoprint();
      if (end !== "stop") dumpAppend();
      if (end === "restart") restart = true;
    }
  }

  /** a regex's machine steps, into the command's budget */
  private readonly chargeRegex = (n: number): void => this.env.budget.charge(n);

  private regex(r: SedRegex): BoundedRegExp {
    if (r.re) {
      r.re.charge = this.chargeRegex;
      this.lastRegex = r.re;
      r.re.lastIndex = 0;
      return r.re;
    }
    if (!this.lastRegex) throw new SedScriptError("-e expression #1, char 0: no previous regular expression");
    this.lastRegex.lastIndex = 0;
    return this.lastRegex;
  }

  /** the pattern space after s, or undefined when nothing was replaced */
  private substitute(cmd: Extract<SedCommand, { name: "s" }>, ps: string): string | undefined {
    const re = this.regex(cmd.regex);
    let out = "";
    let copied = 0;
    let count = 0;
    let done = false;
    let prevEnd = -1;
    let at = 0;
    while (at <= ps.length) {
      this.env.budget.charge();
      re.lastIndex = at;
      const m = re.exec(ps);
      if (!m) break;
      const start = m.index;
      const stop = start + m[0].length;
      // POSIX: an empty match right after the previous match does not count ("aaa" s/a*/X/g is "X")
      if (m[0] === "" && start === prevEnd) {
        at = start + charLength(ps, start);
        continue;
      }
      count++;
      if (count >= cmd.occurrence) {
        out += ps.slice(copied, start) + expand(cmd.replacement, m);
        copied = stop;
        done = true;
        if (!cmd.global) break;
      }
      prevEnd = stop;
      at = stop === start ? start + charLength(ps, start) : stop;
    }
    if (!done) return undefined;
    return out + ps.slice(copied);
  }

  private readLineOf(file: string): string | undefined {
    let state = this.rPositions.get(file);
    if (!state) {
      const data = this.env.readFile(file);
      const lines = data === undefined ? [] : data.split("\n");
      if (data?.endsWith("\n")) lines.pop();
      state = { lines, at: 0 };
      this.rPositions.set(file, state);
    }
    const line = state.lines[state.at++];
    return line === undefined ? undefined : `${line}\n`;
  }
}

function charLength(s: string, i: number): number {
  const c = s.codePointAt(i);
  return c !== undefined && c > 0xffff ? 2 : 1;
}

/** A replacement with its groups filled in and \U \L \u \l \E applied. */
function expand(parts: ReplacementPart[], m: RegExpExecArray): string {
  let out = "";
  let mode: "U" | "L" | "" = "";
  let once: "u" | "l" | "" = "";
  const add = (text: string) => {
    if (text === "") return;
    const whole = mode === "U" ? text.toUpperCase() : mode === "L" ? text.toLowerCase() : text;
    if (once) {
      const first = String.fromCodePoint(text.codePointAt(0)!);
      out += (once === "u" ? first.toUpperCase() : first.toLowerCase()) + whole.slice(first.length);
      once = "";
    } else out += whole;
  };
  for (const p of parts) {
    if (p.kind === "text") add(p.text);
    else if (p.kind === "group") add(m[p.n] ?? "");
    else if (p.op === "u" || p.op === "l") once = p.op;
    else {
      mode = p.op === "E" ? "" : p.op;
      if (p.op === "E") once = "";
    }
  }
  return out;
}

const ESCAPES: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 92: "\\\\" };

/**
 * The l command: the pattern space with C escapes and every other byte
 * outside printable ASCII in octal, wrapped to `width` (a `\` ends each
 * wrapped line; an escape is never split), then `$`. Width 0 or 1: no wrapping.
 */
export function unambiguous(ps: string, width: number): string {
  const bytes = utf8Encode(ps);
  const room = width > 1 ? width - 1 : Infinity;
  let out = "";
  let lineLen = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i);
    const piece = ESCAPES[b] ?? (b >= 32 && b < 127 ? bytes[i] : `\\${b.toString(8).padStart(3, "0")}`);
    if (lineLen + piece.length > room) {
      out += "\\\n";
      lineLen = 0;
    }
    out += piece;
    lineLen += piece.length;
  }
  return `${out}$\n`;
}
