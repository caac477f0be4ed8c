/**
 * The syntax tree the parser builds and the interpreter walks. Words keep
 * their raw source text; they are split into parts (word-parse.ts) and
 * expanded only when executed, as bash does (brace expansion works on the
 * raw text first).
 */

/** A word as written, e.g. `"$HOME"/x*`; `line` is 1-based in its source. */
export interface Word {
  raw: string;
  line: number;
}

/** Parts of a word after lexical analysis (word-parse.ts). */
export type WordPart =
  /** unquoted literal text (subject to globbing) */
  | { t: "lit"; s: string }
  /** quoted literal text: single quotes, $'...', a backslash-escaped char */
  | { t: "q"; s: string }
  | { t: "dq"; parts: WordPart[] }
  | { t: "param"; p: ParamExp }
  | { t: "cmd"; src: string }
  | { t: "arith"; src: string }
  /** `~` or `~user` at the start of a word (or after `=`/`:` in an assignment) */
  | { t: "tilde"; user: string };

export interface ParamExp {
  name: string;
  /** `${#name}` */
  length?: boolean;
  /** `${!name}` */
  indirect?: boolean;
  /** operator: ":-" "-" ":=" "=" ":+" "+" ":?" "?" "#" "##" "%" "%%" "/" "//" "/#" "/%" "^" "^^" "," ",," ":" */
  op?: string;
  /** raw text of the operator's word (for ":" the offset) */
  arg?: string;
  /** second word: replacement for "/" ops, length for ":" */
  arg2?: string;
  /** the whole `${...}` text, for "bad substitution" messages */
  src: string;
}

export interface HereDoc {
  /** delimiter after quote removal */
  delim: string;
  /** any part of the delimiter was quoted: the body is not expanded */
  quoted: boolean;
  /** `<<-`: leading tabs stripped */
  strip: boolean;
  body: string;
  /** line of the `<<` operator */
  line: number;
  /** the body ran to end of input without its delimiter line */
  unterminated: boolean;
}

export interface Redir {
  /** explicit fd number, e.g. 2 in `2>` */
  fd: number | null;
  op: string;
  target: Word;
  heredoc?: HereDoc;
}

export interface Assign {
  name: string;
  append: boolean;
  value: Word;
}

export type Command =
  | { k: "simple"; line: number; assigns: Assign[]; words: Word[]; redirs: Redir[] }
  | { k: "if"; line: number; clauses: { cond: List; body: List }[]; elseBody: List | null; redirs: Redir[] }
  | { k: "for"; line: number; name: string; words: Word[] | null; body: List; redirs: Redir[] }
  | { k: "while"; line: number; until: boolean; cond: List; body: List; redirs: Redir[] }
  | { k: "case"; line: number; word: Word; items: CaseItem[]; redirs: Redir[] }
  | { k: "group"; line: number; body: List; redirs: Redir[] }
  | { k: "subshell"; line: number; body: List; redirs: Redir[] }
  | { k: "arith"; line: number; expr: Word; redirs: Redir[] }
  | { k: "cond"; line: number; words: Word[]; redirs: Redir[] }
  | { k: "funcdef"; line: number; name: string; body: Command; src: string };

export interface CaseItem {
  patterns: Word[];
  body: List;
  /** ";;" stop, ";&" fall into the next body, ";;&" test the next patterns */
  term: ";;" | ";&" | ";;&";
}

export interface Pipeline {
  negate: boolean;
  cmds: Command[];
  line: number;
  /** bash's `time` before it (`time -p`: "posix"): its real, user and sys times go to stderr; `time` alone times nothing */
  timed?: "bash" | "posix";
}

export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
}

export interface List {
  items: { andOr: AndOr; background: boolean }[];
}
