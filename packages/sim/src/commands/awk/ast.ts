/**
 * The parsed awk program: pattern-action rules, BEGIN and END actions and
 * functions, as plain data the evaluator walks. Names are resolved when
 * parsing: a function's parameters are `local` slots (numbered), every
 * other name is a global.
 */

/** where a variable or array lives */
export type VarRef = { scope: "global"; name: string } | { scope: "local"; index: number; name: string };

export type Expr =
  | { k: "num"; n: number }
  | { k: "str"; s: string }
  /** a regex literal standing alone: $0 ~ /re/ */
  | { k: "regex"; src: string; line: number }
  | { k: "var"; ref: VarRef }
  | { k: "field"; index: Expr }
  | { k: "elem"; array: VarRef; subs: Expr[] }
  | { k: "group"; e: Expr }
  | { k: "assign"; op: string; target: LValue; e: Expr }
  | { k: "cond"; c: Expr; a: Expr; b: Expr }
  | { k: "and"; a: Expr; b: Expr }
  | { k: "or"; a: Expr; b: Expr }
  | { k: "in"; subs: Expr[]; array: VarRef }
  | { k: "match"; neg: boolean; a: Expr; re: Expr }
  | { k: "cmp"; op: string; a: Expr; b: Expr }
  | { k: "cat"; a: Expr; b: Expr }
  | { k: "arith"; op: string; a: Expr; b: Expr }
  | { k: "unary"; op: "-" | "+" | "!"; e: Expr }
  | { k: "incdec"; op: "++" | "--"; prefix: boolean; target: LValue }
  | { k: "call"; name: string; args: Expr[]; line: number }
  | { k: "builtin"; name: string; args: Expr[] }
  /** split(s, array [, sep]) */
  | { k: "split"; s: Expr; array: VarRef; sep?: Expr }
  /** sub/gsub(re, repl [, target]) */
  | { k: "sub"; global: boolean; re: Expr; repl: Expr; target?: LValue }
  /** length(array) */
  | { k: "alength"; array: VarRef }
  | { k: "getline"; src: "main" | "file" | "cmd"; target?: LValue; from?: Expr };

export type LValue = Extract<Expr, { k: "var" } | { k: "field" } | { k: "elem" }>;

export interface Redirect {
  mode: ">" | ">>" | "|";
  target: Expr;
}

export type Stmt =
  | { k: "expr"; e: Expr }
  | { k: "print"; args: Expr[]; redirect?: Redirect }
  | { k: "printf"; args: Expr[]; redirect?: Redirect }
  | { k: "if"; c: Expr; then: Stmt; else?: Stmt }
  | { k: "while"; c: Expr; body: Stmt }
  | { k: "do"; body: Stmt; c: Expr }
  | { k: "for"; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { k: "forin"; v: VarRef; array: VarRef; body: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "next" }
  | { k: "nextfile" }
  | { k: "exit"; e?: Expr }
  | { k: "return"; e?: Expr }
  | { k: "break" }
  | { k: "continue" }
  | { k: "delete"; array: VarRef; subs?: Expr[] };

export type Pattern = { k: "always" } | { k: "expr"; e: Expr } | { k: "range"; from: Expr; to: Expr };

export interface Rule {
  pattern: Pattern;
  /** undefined: the default action, print $0 */
  action?: Stmt[];
}

export interface FunctionDef {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  begin: Stmt[][];
  rules: Rule[];
  end: Stmt[][];
  functions: Map<string, FunctionDef>;
}
