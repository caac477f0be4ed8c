/**
 * The core stays pure: it must run identically in the browser and in Node and
 * replay byte for byte, so it may not read the wall clock or Math.random, use
 * timers, or reach for the DOM or Node. tsconfig.core.json catches Node and DOM
 * globals by type; this catches what types cannot (Date, Math.random).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, ".");
const EXEMPT = [/^cli\//, /\.test\.ts$/, /(^|\/)test-support\//];

const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\s*[.(]|\bnew\s+Date\b/, "the wall clock (use Clock)"],
  [/\bMath\.random\b/, "Math.random (use Prng)"],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, "timers (use Clock.schedule)"],
  [/from\s+["']node:|require\(/, "Node built-ins"],
  [/\b(window|document|localStorage|navigator)\s*\./, "the DOM"],
  [/\bprocess\s*\.\s*(env|argv|stdout|stderr|exit|hrtime)\b/, "Node's process"],
  [/\beval\s*\(|\bnew\s+Function\s*\(/, "evaluating strings as code"],
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

describe("the simulation core is pure", () => {
  const files = walk(SRC)
    .map((f) => relative(SRC, f))
    .filter((f) => !EXEMPT.some((re) => re.test(f)));

  it("finds the core's files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s uses no clock, randomness, timers, DOM or Node", (file) => {
    const code = stripComments(readFileSync(join(SRC, file), "utf8"));
    const found = FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
