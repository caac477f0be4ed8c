import { describe, expect, it } from "vitest";
import { cloneJson, markShared } from "./clone.js";

describe("cloneJson", () => {
  it("copies deeply: changing the copy leaves the original alone", () => {
    const a = { x: [1, { y: "s" }], n: null, b: true };
    const b = cloneJson(a);
    expect(b).toEqual(a);
    (b.x[1] as { y: string }).y = "t";
    (b.x as unknown[]).push(2);
    expect(a).toEqual({ x: [1, { y: "s" }], n: null, b: true });
  });

  it("keeps a key named __proto__ as an own property, never as the prototype", () => {
    const a = JSON.parse('{"entries":{"__proto__":7,"f":1}}');
    const b = cloneJson(a);
    expect(Object.getPrototypeOf(b.entries)).toBe(Object.prototype);
    expect(Object.keys(b.entries)).toEqual(["__proto__", "f"]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("shares what cannot change (frozen, or marked shared) and copies the rest", () => {
    const frozen = Object.freeze({ a: 1 });
    const shared = { b: [2] };
    markShared(shared);
    const own = { c: 3 };
    const x = { frozen, shared, own };
    const y = cloneJson(x);
    expect(y.frozen).toBe(frozen);
    expect(y.shared).toBe(shared);
    expect(y.own).not.toBe(own);
    expect(y).toEqual(x);
  });
});
