/**
 * package.json "sideEffects" tells bundlers which modules must run even when
 * none of their exports is used (they register handlers, apps or programs);
 * every other module may be left out of a browser bundle. A module that
 * registers something at load time and is missing from the list would
 * silently vanish from the page: this test finds such modules.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === "test-support" || n === "cli" ? [] : sources(p);
    return n.endsWith(".ts") && !n.endsWith(".test.ts") ? [p] : [];
  });
}

it("lists every module that registers something when loaded", () => {
  const listed = new Set((JSON.parse(readFileSync(join(root, "package.json"), "utf8")).sideEffects as string[]).map((p) => p.replace(/^\.\//, "")));
  // a call at the top level of a module (not a declaration) to something named register*/set*Runner, or a bare import
  const registers = /^(register[A-Z]\w*|set\w*Runner|provide\w*)\(|^import "/m;
  const found = sources(join(root, "src"))
    .filter((p) => registers.test(readFileSync(p, "utf8")))
    .map((p) => relative(root, p));
  expect(found.length).toBeGreaterThan(5);
  for (const f of found) expect(listed, `${f} registers at load time: list it in package.json sideEffects`).toContain(f);
});
