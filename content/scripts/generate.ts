/**
 * Writes src/generated/*.ts from the content files (see authoring/generate.ts).
 * Run by `npm install` (postinstall) and before builds and tests; errors name
 * the file, line and field. `--watch` regenerates whenever a file under
 * lessons/ or course.yaml changes: `npm run dev` runs it beside `next dev`,
 * whose own file watching then reloads the page.
 */
import { mkdirSync, watch, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatError } from "../authoring/errors.js";
import { generate, staleFiles } from "../authoring/generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function once(): boolean {
  const { files, errors } = generate(root);
  if (errors.length) {
    console.error(errors.map(formatError).join("\n"));
    return false;
  }
  const stale = staleFiles(root, files);
  for (const f of files.filter((x) => stale.includes(x.path))) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  console.log(`content: ${stale.length ? `wrote ${stale.join(", ")}` : "generated files up to date"}`);
  return true;
}

if (process.argv.includes("--watch")) {
  once();
  let timer: NodeJS.Timeout | undefined;
  const rerun = () => {
    clearTimeout(timer);
    // ms: editors write a file in several steps; regenerate once they are done
    timer = setTimeout(() => {
      try {
        once();
      } catch (e) {
        console.error(`content: ${(e as Error).message}`);
      }
    }, 150);
  };
  watch(join(root, "lessons"), { recursive: true }, rerun);
  watch(join(root, "course.yaml"), rerun);
  console.log("content: watching lessons/ and course.yaml");
} else if (!once()) process.exit(1);
