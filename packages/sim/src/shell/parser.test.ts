import { describe, it, expect } from "vitest";
import { Parser, ShellSyntaxError } from "./parser.js";

const parse = (src: string) => new Parser(src).parseAll();

function syntaxError(src: string): { message: string; incomplete: boolean; line: number } {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { message: e.message, incomplete: e.incomplete, line: e.line };
    throw e;
  }
  throw new Error("parsed");
}

describe("parser", () => {
  it("builds and-or lists of pipelines", () => {
    const [list] = parse("! a | b && c || d; e &");
    expect(list.items).toHaveLength(2);
    const ao = list.items[0].andOr;
    expect(ao.first.negate).toBe(true);
    expect(ao.first.cmds).toHaveLength(2);
    expect(ao.rest.map((r) => r.op)).toEqual(["&&", "||"]);
    expect(list.items[1].background).toBe(true);
  });
  it("separates assignments, words and redirections", () => {
    const [list] = parse("A=1 B+=2 cmd x >out 2>&1 y");
    const cmd = list.items[0].andOr.first.cmds[0];
    if (cmd.k !== "simple") throw new Error(cmd.k);
    expect(cmd.assigns.map((a) => [a.name, a.append, a.value.raw])).toEqual([["A", false, "1"], ["B", true, "2"]]);
    expect(cmd.words.map((w) => w.raw)).toEqual(["cmd", "x", "y"]);
    expect(cmd.redirs.map((r) => [r.fd, r.op, r.target.raw])).toEqual([[null, ">", "out"], [2, ">&", "1"]]);
  });
  it("parses compound commands", () => {
    const kinds = parse(
      "if a; then b; elif c; then d; else e; fi\nfor i in 1 2; do x; done\nwhile a; do b; done\nuntil a; do b; done\ncase $x in a|b) y;; *) z;; esac\n{ a; }\n( b )\nf() { a; }\nfunction g { b; }\n(( x = 1 ))\n[[ a == b ]]",
    ).map((l) => l.items[0].andOr.first.cmds[0].k);
    expect(kinds).toEqual(["if", "for", "while", "while", "case", "group", "subshell", "funcdef", "funcdef", "arith", "cond"]);
  });
  it("keeps a function's source text", () => {
    const [list] = parse("greet() { echo hi; }; greet");
    const cmd = list.items[0].andOr.first.cmds[0];
    expect(cmd.k === "funcdef" && cmd.src).toBe("greet() { echo hi; }");
  });
  it("reads here-document bodies after the line", () => {
    const [list] = parse("cat <<EOF; echo next\nbody $x\nEOF\n");
    const cmd = list.items[0].andOr.first.cmds[0];
    if (cmd.k !== "simple") throw new Error(cmd.k);
    expect(cmd.redirs[0].heredoc).toMatchObject({ delim: "EOF", quoted: false, body: "body $x\n" });
  });
  it("reports bash's syntax errors", () => {
    expect(syntaxError("echo a;;").message).toBe("syntax error near unexpected token `;;'");
    expect(syntaxError("echo >\n").message).toBe("syntax error near unexpected token `newline'");
    expect(syntaxError("if true; then fi").message).toBe("syntax error near unexpected token `fi'");
    expect(syntaxError("| a").message).toBe("syntax error near unexpected token `|'");
    expect(syntaxError("a\nb\nc )").line).toBe(3);
  });
  it("marks unfinished constructs as incomplete", () => {
    for (const src of ["if true; then", "for i in a; do", "a |", "a &&", "{ a;", "( a", "case x in", "echo \"x"]) {
      expect(syntaxError(src).incomplete, src).toBe(true);
    }
    expect(syntaxError("echo )").incomplete).toBe(false);
  });
  it("reports end of file at bash's line number", () => {
    expect(syntaxError("if true\n").line).toBe(2);
    expect(syntaxError("if true").line).toBe(2);
  });
  it("refuses pathological nesting without exhausting the stack", () => {
    expect(syntaxError("{ ".repeat(5000) + "a").message).toMatch(/nesting too deep/);
  });
});
