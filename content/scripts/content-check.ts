/**
 * `npm run content:check`: validates every lesson and exercise (see
 * authoring/check/index.ts) and prints `file:line: message` for each error.
 * Exits 1 on any error. `--seeds N` proves N variants per exercise (default 50).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkContent, DEFAULT_SEEDS } from "../authoring/check/index.js";
import { formatError } from "../authoring/errors.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const i = process.argv.indexOf("--seeds");
const seeds = i === -1 ? DEFAULT_SEEDS : Number(process.argv[i + 1]);
if (!Number.isInteger(seeds) || seeds < 0 || seeds > 10_000) {
  console.error("content:check: --seeds takes a whole number from 0 to 10000");
  process.exit(2);
}
const started = performance.now();
const errors = await checkContent(root, { seeds });
for (const e of errors) console.error(formatError(e));
const ms = Math.round(performance.now() - started);
if (errors.length) {
  console.error(`content:check: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`content:check: every lesson and exercise holds (${seeds} variant seeds per exercise with parameters, ${ms} ms)`);
