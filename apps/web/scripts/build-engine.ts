/**
 * Builds the lab engine (src/lab/engine.ts: xterm.js, the simulation, the
 * grader) as its own ES modules under public/lab-engine/, apart from Next's
 * bundles. A lesson page names the entry in its <head> as an async module
 * script, so the engine runs as soon as it has arrived, without waiting for
 * React: it draws the first terminal before the page hydrates (lab/boot.ts).
 * Pages import the same URL once hydrated (lab/load-engine.ts), and the
 * browser's module map hands them that same instance.
 *
 * Writes public/lab-engine/manifest.json: the entry's URL and the chunks it
 * imports statically (the page preloads them). Read by server/lab-engine.ts.
 *
 *   npx tsx scripts/build-engine.ts [--watch]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { ENGINE_DIR } from "../src/lab/page-contract";
import type { EngineManifest } from "../src/server/lab-engine";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(webDir, "public", ENGINE_DIR);
const watch = process.argv.includes("--watch");

const options: esbuild.BuildOptions = {
  absWorkingDir: webDir,
  entryPoints: { engine: "src/lab/engine.ts" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  // the packages' "browser" exports (@rootlab/sim's index.browser.ts)
  conditions: ["browser"],
  target: "es2022",
  minify: !watch,
  sourcemap: watch ? "inline" : false,
  legalComments: "none",
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  outdir,
  metafile: true,
  define: { "process.env.NODE_ENV": JSON.stringify(watch ? "development" : "production") },
  tsconfig: join(webDir, "tsconfig.json"),
  logLevel: "warning",
  plugins: [
    {
      name: "rootlab-engine-manifest",
      setup(build) {
        build.onEnd((result) => {
          if (result.errors.length || !result.metafile) return;
          writeFileSync(join(outdir, "manifest.json"), JSON.stringify(manifestOf(result.metafile)));
        });
      },
    },
  ],
};

/** The entry's URL and the chunks it imports statically (what the first prompt needs), as site paths. */
function manifestOf(meta: esbuild.Metafile): EngineManifest {
  const url = (file: string) => `/${relative(join(webDir, "public"), join(webDir, file)).split("\\").join("/")}`;
  const entry = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === "src/lab/engine.ts");
  if (!entry) throw new Error("build-engine: no output for src/lab/engine.ts");
  const [file, out] = entry;
  return { entry: url(file), imports: out.imports.filter((i) => i.kind === "import-statement").map((i) => url(i.path)) };
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log(`lab engine: watching, writing ${relative(process.cwd(), outdir)}`);
} else {
  const result = await esbuild.build(options);
  const bytes = Object.values(result.metafile!.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`lab engine: ${Object.keys(result.metafile!.outputs).length} files, ${(bytes / 1024).toFixed(0)} KB in ${relative(process.cwd(), outdir)}`);
}
