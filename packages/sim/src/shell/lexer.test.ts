import { describe, it, expect } from "vitest";
import { Lexer } from "./lexer.js";
import { Parser, ShellSyntaxError } from "./parser.js";

function tokens(src: string): string[] {
  const lx = new Lexer(src);
  const out: string[] = [];
  for (let t = lx.next(); t.k !== "eof"; t = lx.next()) {
    out.push(t.k === "word" ? `w:${t.raw}` : t.k === "op" ? `op:${t.fd ?? ""}${t.op}` : "nl");
  }
  return out;
}

describe("lexer", () => {
  it("splits words and operators", () => {
    expect(tokens("echo a|b&&c||d;e&")).toEqual(["w:echo", "w:a", "op:|", "w:b", "op:&&", "w:c", "op:||", "w:d", "op:;", "w:e", "op:&"]);
  });
  it("keeps quoted text inside one word", () => {
    expect(tokens(`echo "a b"'c d'\\ e $'x y' "$(echo ")")"`)).toEqual([
      "w:echo", `w:"a b"'c d'\\ e`, "w:$'x y'", `w:"$(echo ")")"`,
    ]);
  });
  it("reads fd numbers and redirection operators", () => {
    expect(tokens("cmd 2>&1 >>f 2>e <<<s &>g <in")).toEqual([
      "w:cmd", "op:2>&", "w:1", "op:>>", "w:f", "op:2>", "w:e", "op:<<<", "w:s", "op:&>", "w:g", "op:<", "w:in",
    ]);
  });
  it("skips comments and line continuations", () => {
    expect(tokens("echo a # c\necho \\\n b")).toEqual(["w:echo", "w:a", "nl", "w:echo", "w:b"]);
    expect(tokens("echo a#b")).toEqual(["w:echo", "w:a#b"]);
  });
  it("keeps $(( )) and ${ } with spaces in one word", () => {
    expect(tokens("echo $(( 1 + 2 )) ${x:- a b}")).toEqual(["w:echo", "w:$(( 1 + 2 ))", "w:${x:- a b}"]);
  });
  it("reports open quotes as incomplete input", () => {
    try {
      new Parser("echo 'abc").parseAll();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ShellSyntaxError);
      expect((e as ShellSyntaxError).message).toBe("unexpected EOF while looking for matching `''");
      expect((e as ShellSyntaxError).incomplete).toBe(true);
    }
  });
});
