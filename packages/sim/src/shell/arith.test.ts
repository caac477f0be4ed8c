import { describe, it, expect } from "vitest";
import { ArithError, evalArith } from "./arith.js";

function env(vars: Record<string, string> = {}) {
  let steps = 0;
  return {
    vars,
    get steps() {
      return steps;
    },
    get: (n: string) => (Object.prototype.hasOwnProperty.call(vars, n) ? vars[n] : undefined),
    set: (n: string, v: string) => {
      vars[n] = v;
    },
    charge: () => {
      steps++;
    },
  };
}
const ev = (s: string, vars: Record<string, string> = {}) => evalArith(s, env(vars)).toString();
const err = (s: string) => {
  try {
    evalArith(s, env());
  } catch (e) {
    if (e instanceof ArithError) return e.message;
    throw e;
  }
  return "no error";
};

describe("arithmetic", () => {
  it("follows C precedence and 64-bit wrapping", () => {
    expect(ev("1 + 2 * 3 - 4 / 2")).toBe("5");
    expect(ev("2 ** 3 ** 2")).toBe("512");
    expect(ev("2**63")).toBe("-9223372036854775808");
    expect(ev("7 / -2")).toBe("-3");
    expect(ev("-7 % 3")).toBe("-1");
    expect(ev("1 << 64")).toBe("1");
    expect(ev("0x10 + 010 + 2#101 + 64#_")).toBe("92");
    expect(ev("1 < 2 && 3 > 4 || !0")).toBe("1");
    expect(ev("5 > 3 ? 10 : 20")).toBe("10");
    expect(ev("~0 ^ 5 & 3 | 8")).toBe("-2");
    expect(ev("")).toBe("0");
  });
  it("reads and assigns variables", () => {
    const vars: Record<string, string> = { x: "4", y: "x * 2", e: "" };
    expect(ev("x + y + e + unset", vars)).toBe("12");
    expect(ev("z = x++ + ++x, z", vars)).toBe("10");
    expect(vars.x).toBe("6");
    expect(ev("x += 4, x *= 2", vars)).toBe("20");
  });
  it("does not evaluate the untaken side", () => {
    const vars: Record<string, string> = {};
    expect(ev("0 && (a = 1) || 1 ? 2 : (b = 1/0)", vars)).toBe("2");
    expect(vars).toEqual({});
  });
  it("raises bash's errors", () => {
    expect(err("1/0")).toBe('1/0: division by 0 (error token is "0")');
    expect(err("1/0 + 5")).toBe('1/0 + 5: division by 0 (error token is "0 + 5")');
    expect(err("1 +")).toBe('1 +: syntax error: operand expected (error token is "+")');
    expect(err("a b")).toBe('a b: syntax error in expression (error token is "b")');
    expect(err("08")).toBe('08: value too great for base (error token is "08")');
    expect(err("1 @ 2")).toBe('1 @ 2: syntax error: invalid arithmetic operator (error token is "@ 2")');
  });
  it("stays bounded on huge exponents and self-reference", () => {
    expect(ev("3 ** 999999999999")).toMatch(/^-?\d+$/);
    expect(err("x")).toBe("no error");
    const vars = { x: "x + 1" };
    expect(() => evalArith("x", env(vars))).toThrow(/recursion level exceeded/);
  });
  it("treats JavaScript names as plain unset variables", () => {
    expect(ev("constructor + __proto__ + toString + hasOwnProperty")).toBe("0");
  });
});
