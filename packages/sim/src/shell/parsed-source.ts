/**
 * Shell source parsed once per text. Parsing is a pure function of the text
 * (the parser reads no shell state: no aliases, no options that change the
 * grammar) and the interpreter never writes to the tree, so every run of the
 * same text shares one parse: a cron job each hour, a script run again, the
 * `sh -c` around a job, a line typed again.
 *
 * The parse stays incremental, as bash reads a script: a complete command is
 * parsed the first time a run reaches it, so a syntax error on line 40 is
 * still reported after lines 1-39 ran, and a script that `exit`s early never
 * pays for the rest. Cached trees are frozen, so a write to one throws
 * instead of changing the next run.
 */
import type { HereDoc, List } from "./ast.js";
import { Parser, ShellSyntaxError } from "./parser.js";

/** One complete command, the end of the text, or the syntax error that ends it. */
export type Step =
  | { kind: "list"; list: List; heredocs: number }
  | { kind: "end"; heredocs: number }
  | { kind: "error"; error: ShellSyntaxError };

/** at most this many texts are kept; the oldest goes first */
const MAX_TEXTS = 256;
/** longer texts are parsed each time (rare, and not worth keeping) */
const MAX_TEXT_LENGTH = 64 * 1024;

export class ParsedSource {
  private readonly parser: Parser;
  private readonly steps: Step[] = [];

  constructor(readonly src: string) {
    this.parser = new Parser(src);
  }

  /** The i-th step, parsed now if no run reached it before. */
  step(i: number): Step {
    while (this.steps.length <= i) this.steps.push(this.parseOne());
    return this.steps[i];
  }

  /** here-documents that ran into the end of the text, in order (`Step.heredocs` says how many a step has seen) */
  get unterminatedHeredocs(): readonly HereDoc[] {
    return this.parser.lexer.unterminatedHeredocs;
  }

  get eofLine(): number {
    return this.parser.lexer.eofLine;
  }

  lineText(line: number): string {
    return this.parser.lexer.lineText(line);
  }

  private parseOne(): Step {
    const last = this.steps[this.steps.length - 1];
    if (last && last.kind !== "list") return last;
    try {
      const list = this.parser.parseNext();
      const heredocs = this.parser.lexer.unterminatedHeredocs.length;
      return list ? { kind: "list", list: deepFreeze(list), heredocs } : { kind: "end", heredocs };
    } catch (e) {
      if (e instanceof ShellSyntaxError) return { kind: "error", error: e };
      // not the text's fault (a limit, a bug): the parser is left mid-command, so forget it
      if (cache.get(this.src) === this) cache.delete(this.src);
      throw e;
    }
  }
}

const cache = new Map<string, ParsedSource>();

/** The shared parse of `src` (a text bash reads as lines: it ends with a newline). */
export function parsedSource(src: string): ParsedSource {
  if (src.length > MAX_TEXT_LENGTH) return new ParsedSource(src);
  let parsed = cache.get(src);
  if (parsed) {
    // most recently used last, so the first key is the one to drop
    cache.delete(src);
  } else {
    parsed = new ParsedSource(src);
    if (cache.size >= MAX_TEXTS) cache.delete(cache.keys().next().value!);
  }
  cache.set(src, parsed);
  return parsed;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
