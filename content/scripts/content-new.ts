/**
 * `npm run content:new -- SLUG [--title "Title"] [--part "Part title"] [--lab LAB]`:
 * scaffolds lessons/SLUG/ (lesson.mdx, exercises.ts, solutions.ts), adds it to
 * course.yaml and regenerates src/generated/. The new lesson passes
 * content:check as it is; rewrite it from there.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatError } from "../authoring/errors.js";
import { writeGenerated } from "../authoring/generate.js";
import { scaffoldLesson } from "../authoring/scaffold.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const title = flag("title");
const part = flag("part");
const lab = flag("lab");
const [slug, ...rest] = args;
if (!slug || rest.length) {
  console.error('usage: npm run content:new -- SLUG [--title "Title"] [--part "Part title"] [--lab LAB]');
  process.exit(2);
}
try {
  const files = scaffoldLesson(root, { slug, title, part, lab });
  for (const f of files) console.log(`content: wrote content/${f}`);
} catch (e) {
  console.error(`content:new: ${(e as Error).message}`);
  process.exit(1);
}
const gen = writeGenerated(root);
for (const e of gen.errors) console.error(formatError(e));
for (const f of gen.written) console.log(`content: wrote content/${f}`);
console.log(`next: edit content/lessons/${slug}/, then npm run content:check (npm run dev shows it at /lessons/${slug})`);
