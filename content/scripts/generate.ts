/**
 * Writes src/generated/*.ts from the content files (see authoring/generate.ts).
 * Run by `npm install` (postinstall) and before builds and tests; errors name
 * the file, line and field. `--watch` regenerates whenever a file under
 * lessons/ or course.yaml changes: `npm run dev` runs it beside `next dev`,
 * whose own file watching then reloads the page.
 */
import { watch } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatError } from "../authoring/errors.js";
import { writeGenerated } from "../authoring/generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function once(): boolean {
  const { errors, written } = writeGenerated(root);
  if (errors.length) {
    console.error(errors.map(formatError).join("\n"));
    return false;
  }
  console.log(`content: ${written.length ? `wrote ${written.join(", ")}` : "generated files up to date"}`);
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
  // The folder, not the file: editors and git replace a file, which ends a watch on it.
  watch(root, (_event, name) => {
    if (name === "course.yaml") rerun();
  });
  console.log("content: watching lessons/ and course.yaml");
} else if (!once()) process.exit(1);
