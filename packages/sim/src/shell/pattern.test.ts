import { describe, it, expect } from "vitest";
import { braceExpand } from "./brace.js";
import { globExpand } from "./glob.js";
import { hasGlobChars, matchPattern } from "./pattern.js";
import { MemFs } from "./test-support/memfs.js";

describe("patterns", () => {
  it("matches *, ? and classes", () => {
    expect(matchPattern("*.txt", "a.txt")).toBe(true);
    expect(matchPattern("*.txt", "a.txt.bak")).toBe(false);
    expect(matchPattern("?b*", "abc")).toBe(true);
    expect(matchPattern("[a-c]x", "bx")).toBe(true);
    expect(matchPattern("[!a-c]x", "bx")).toBe(false);
    expect(matchPattern("[[:digit:]][[:alpha:]]", "1z")).toBe(true);
    expect(matchPattern("\\*", "*")).toBe(true);
    expect(matchPattern("\\*", "a")).toBe(false);
    expect(matchPattern("[", "[")).toBe(true);
    expect(hasGlobChars("a\\*")).toBe(false);
    expect(hasGlobChars("a[")).toBe(false);
  });
  it("is linear-ish on hostile patterns", () => {
    const text = "a".repeat(5000);
    expect(matchPattern("*a*a*a*a*a*a*a*b", text)).toBe(false);
  });
});

describe("brace expansion", () => {
  const ex = (w: string) => braceExpand(w, () => {});
  it("expands lists and sequences", () => {
    expect(ex("a{b,c}d")).toEqual(["abd", "acd"]);
    expect(ex("{x,y}{1,2}")).toEqual(["x1", "x2", "y1", "y2"]);
    expect(ex("{1..5}")).toEqual(["1", "2", "3", "4", "5"]);
    expect(ex("{05..10..2}")).toEqual(["05", "07", "09"]);
    expect(ex("{c..a}")).toEqual(["c", "b", "a"]);
    expect(ex("{a}")).toEqual(["{a}"]);
    expect(ex("'{a,b}'")).toEqual(["'{a,b}'"]);
    expect(ex("${x:-{a,b}}")).toEqual(["${x:-{a,b}}"]);
  });
  it("charges before generating", () => {
    let charged = 0;
    braceExpand("{1..1000}", (n) => (charged += n));
    expect(charged).toBeGreaterThanOrEqual(1000);
    expect(() =>
      braceExpand("{1..999999999}", (n) => {
        if (n > 1e6) throw new Error("limit");
      }),
    ).toThrow("limit");
  });
});

describe("globbing", () => {
  const fs = new MemFs();
  for (const f of ["/w/b.txt", "/w/a.txt", "/w/.hidden.txt", "/w/sub/c.txt", "/w/c.log"]) fs.put(f, "");
  const g = (p: string, cwd = "/w") => globExpand(p, cwd, fs, () => {});
  it("matches sorted names, hiding dot files", () => {
    expect(g("*.txt")).toEqual(["a.txt", "b.txt"]);
    expect(g(".*.txt")).toEqual([".hidden.txt"]);
    expect(g("*/*.txt")).toEqual(["sub/c.txt"]);
    expect(g("/w/?.log")).toEqual(["/w/c.log"]);
    expect(g("*/")).toEqual(["sub/"]);
    expect(g("*.none")).toBeNull();
  });
});
