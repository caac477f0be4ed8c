import { describe, expect, it } from "vitest";
import { cloneJson } from "./clone.js";

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
});
