/** mawk's regular expressions: leftmost-longest matches over bytes, its anchors and its error texts. */
import { describe, expect, it } from "vitest";
import { Ere, RegexError } from "./ere.js";

const m = (re: string, s: string, from = 0) => new Ere(re).exec(s, from);

describe("Ere", () => {
  it("finds the leftmost match and, there, the longest (POSIX), not the first alternative", () => {
    expect(m("a|ab", "xab")).toEqual({ start: 1, end: 3 });
    expect(m("(a|ab)(c|bcd)", "abcd")).toEqual({ start: 0, end: 4 });
    expect(m("x*", "aaa")).toEqual({ start: 0, end: 0 });
    expect(m("[0-9]+", "ab123c45")).toEqual({ start: 2, end: 5 });
  });

  it("treats ^ and $ as anchors wherever they stand, and { as a character", () => {
    expect(m("a^b", "a^b")).toBeUndefined();
    expect(m("b$", "abab")).toEqual({ start: 3, end: 4 });
    expect(m("a{2}", "aa a{2}")).toEqual({ start: 3, end: 7 });
    expect(new Ere("^a").exec("aa", 1, true)).toBeUndefined();
  });

  it("lets . match a newline and knows the POSIX classes in the C locale", () => {
    expect(m("a.b", "a\nb")).toEqual({ start: 0, end: 3 });
    expect(new Ere("[[:alpha:]]+").exec("12abC3")).toEqual({ start: 2, end: 5 });
    expect(new Ere("[[:alpha:]]").test("\xc3\xa9")).toBe(false);
    expect(new Ere("[^[:space:]]").exec("  x")).toEqual({ start: 2, end: 3 });
    expect(new Ere("[]a]").test("]")).toBe(true);
  });

  it("reads C escapes, and a backslash before anything else as that character", () => {
    expect(new Ere("\\t").test("a\tb")).toBe(true);
    expect(new Ere("\\.").test("ab")).toBe(false);
    expect(new Ere("\\101").test("A")).toBe(true);
  });

  it("reports mawk's reasons", () => {
    const reason = (re: string) => {
      try {
        new Ere(re);
        return "compiled";
      } catch (e) {
        return (e as RegexError).reason;
      }
    };
    expect(reason("a|")).toBe("missing operand");
    expect(reason("*x")).toBe("missing operand");
    expect(reason("^*")).toBe("syntax error ^* or ^+");
    expect(reason("(a")).toBe("missing ')'");
    expect(reason("()")).toBe("missing operand");
    expect(reason("[[:foo:]]")).toBe("bad class -- [], [^] or [");
    expect(reason("a)")).toBe("compiled");
  });

  it("stays linear on a pattern that makes backtracking engines explode", () => {
    const s = `${"a".repeat(3000)}b`;
    expect(new Ere("(a*)*c").test(s)).toBe(false);
  });
});
