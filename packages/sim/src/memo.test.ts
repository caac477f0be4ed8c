import { describe, expect, it } from "vitest";
import { memoized } from "./memo.js";

describe("memoized", () => {
  it("answers a string it has seen without asking again, and starts again when full", () => {
    const asked: string[] = [];
    const length = memoized((s: string) => {
      asked.push(s);
      return s.length;
    }, 2);
    expect([length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 3]);
    expect(asked).toEqual(["ab", "abc"]);
    expect(length("abcd")).toBe(4); // full: forgets "ab" and "abc"
    expect(length("ab")).toBe(2);
    expect(asked).toEqual(["ab", "abc", "abcd", "ab"]);
  });
});
