/** awk arrays keep mawk's for-in order: split vectors, integer and string chains, move-to-front, doubling. */
import { describe, expect, it } from "vitest";
import { AwkArray } from "./array.js";

const fresh = () => new AwkArray(() => "%.6g");

describe("AwkArray", () => {
  it("visits string keys bucket by bucket of their FNV-1 hash (mawk's order, recorded: c b a)", () => {
    const a = fresh();
    for (const k of ["b", "a", "c", "b"]) a.set(k, 1);
    expect(a.keys()).toEqual(["c", "b", "a"]);
  });

  it("gives integer keys their string forms once a string key is used (recorded order)", () => {
    const a = fresh();
    for (let i = 1; i <= 12; i++) a.set(i, i);
    for (const k of ["b", "a", "B"]) a.get(k);
    a.get(-1);
    a.get(1.5);
    expect(a.keys().join(" ")).toBe("3 10 B 8 6 5 2 11 1 4 b 12 -1 a 9 7 1.5");
  });

  it("keeps split()'s vector until a loop asks for its keys (recorded: 3 2 1 4)", () => {
    const a = fresh();
    a.load(["x", "y", "z", "w"]);
    expect(a.get(2)).toBe("y");
    expect(a.keys()).toEqual(["3", "2", "1", "4"]);
  });

  it("finds a number and its string as the same element, and deletes it", () => {
    const a = fresh();
    a.set(7, "seven");
    expect(a.has("7")).toBe(true);
    a.delete("7");
    expect(a.has(7)).toBe(false);
    expect(a.size).toBe(0);
  });

  it("grows past 768 entries without losing any", () => {
    const a = fresh();
    for (let i = 0; i < 3000; i++) a.set(`k${i}`, i);
    const keys = a.keys();
    expect(keys.length).toBe(3000);
    expect(new Set(keys).size).toBe(3000);
    expect(a.get("k2999")).toBe(2999);
  });
});
