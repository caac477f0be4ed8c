/**
 * Where this build put the lab engine (scripts/build-engine.ts writes
 * public/lab-engine/ and its manifest.json). The root layout names the entry
 * in a <meta> tag for lab/load-engine.ts; a page with a lab also names it as
 * an async module script (`preinitModule`) with its static imports as
 * modulepreloads, so the engine starts before React hydrates.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINE_DIR } from "@/lab/page-contract";

export interface EngineManifest {
  /** the entry module, a site path (/lab-engine/engine-HASH.js) */
  entry: string;
  /** chunks the entry imports statically: needed before the first prompt */
  imports: string[];
}

/** The manifest's contents, checked: undefined when missing or not what build-engine writes. */
export function parseManifest(json: string | undefined): EngineManifest | undefined {
  if (json === undefined) return undefined;
  let m: unknown;
  try {
    m = JSON.parse(json);
  } catch {
    return undefined;
  }
  const isPath = (p: unknown): p is string => typeof p === "string" && p.startsWith(`/${ENGINE_DIR}/`) && !p.includes("..");
  if (typeof m !== "object" || m === null) return undefined;
  const { entry, imports } = m as Record<string, unknown>;
  if (!isPath(entry) || !Array.isArray(imports) || !imports.every(isPath)) return undefined;
  return { entry, imports };
}

let cached: EngineManifest | undefined;

/** This build's engine; throws when it was not built (`npm run build` builds it before the site). */
export function labEngine(): EngineManifest {
  if (cached) return cached;
  let json: string | undefined;
  try {
    json = readFileSync(join(process.cwd(), "public", ENGINE_DIR, "manifest.json"), "utf8");
  } catch {
    json = undefined;
  }
  const m = parseManifest(json);
  if (!m) throw new Error(`the lab engine is not built: run \`npx tsx scripts/build-engine.ts\` in apps/web (npm run build does)`);
  return (cached = m);
}
