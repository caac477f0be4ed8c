/**
 * The files of the lesson page's lab engine (the `import("@/lab/engine")` in
 * components/Workbench.tsx), read from the build's react-loadable manifest, so
 * the page can name them in its <head> as preloads. Without that the browser
 * learns of them only once the page's own scripts have run (~100-200 ms in),
 * and they are most of the way to a ready prompt.
 *
 * The manifest exists only in a production build (and is written before pages
 * are prerendered); elsewhere (dev, tests) this returns no files and the
 * engine loads as before, on import.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The manifest's key for the engine import: "<importing file> -> <specifier>". */
export const ENGINE_IMPORT = "components/Workbench.tsx -> @/lab/engine";

export interface EngineFiles {
  scripts: string[];
  styles: string[];
}

/** The engine's files as URLs under /_next/ (empty lists when there is no manifest or no entry). */
export function engineFiles(manifestJson: string | undefined): EngineFiles {
  if (manifestJson === undefined) return { scripts: [], styles: [] };
  let files: unknown;
  try {
    files = (JSON.parse(manifestJson) as Record<string, { files?: unknown }>)[ENGINE_IMPORT]?.files;
  } catch {
    return { scripts: [], styles: [] };
  }
  if (!Array.isArray(files)) return { scripts: [], styles: [] };
  const urls = files.filter((f): f is string => typeof f === "string" && f.startsWith("static/")).map((f) => `/_next/${f}`);
  return { scripts: urls.filter((u) => u.endsWith(".js")), styles: urls.filter((u) => u.endsWith(".css")) };
}

let cached: EngineFiles | undefined;

/** The engine's files of this build (read once per process). */
export function buildEngineFiles(): EngineFiles {
  return (cached ??= engineFiles(readManifest()));
}

function readManifest(): string | undefined {
  try {
    return readFileSync(join(process.cwd(), ".next", "react-loadable-manifest.json"), "utf8");
  } catch {
    return undefined;
  }
}
