/**
 * The text of a lesson: a lesson file's body parsed as MDX (as the web app
 * compiles it), or an instructor's text from the studio parsed as plain
 * Markdown (stored content is data: no JSX, no raw HTML), then
 * - links: `/lessons/<slug>` must name a lesson, other site paths are errors,
 *   http(s) and mailto are left alone (no network here);
 * - images: need alt text, and must be a file beside the lesson (`./x.svg`);
 * - code blocks: every block says what it is. ```sh blocks are commands a
 *   learner types: each program must exist in the simulation, and the blocks
 *   run in order on the lesson's lab. A ```text output block right after a
 *   ```sh block must be exactly what the simulation printed for it (but for
 *   spaces at line ends).
 *   Meta words: `norun` (sh: show, check the names, don't run),
 *   `host=NAME` (sh: run on another host of the lab).
 * - in plain Markdown, raw HTML is an error (the page shows it as text).
 *
 * Pure and browser-safe: the studio runs it as the instructor types; the
 * file checks (does an image exist) come in as a function.
 */
import { builtinNames, findCommand, LabSession } from "@rootlab/sim";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { resolveLab } from "../labs.js";
import { commandWords } from "./shell-words.js";

const SHELL_LANGS = new Set(["sh", "bash", "shell"]);
const OTHER_LANGS = new Set(["text", "ini", "conf", "yaml", "json", "sql", "diff", "c", "python", "crontab"]);

interface MdNode {
  type: string;
  url?: string;
  alt?: string | null;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

export interface MarkdownBodyInput {
  body: string;
  /** "mdx": a lesson file; "md": text stored in the database (plain Markdown: no JSX, no HTML) */
  format: "mdx" | "md";
  /**
   * the folder beside the text (its name, for messages, and whether `./name`
   * is a file in it); absent: the text has no folder (a stored exercise), so
   * it may show no images
   */
  images?: { folder: string; exists(url: string): boolean };
  /** every lesson slug of the course */
  lessons: ReadonlySet<string>;
  /** the lab the sh blocks run on (undefined: not run) */
  lab: string | undefined;
  /** the lesson has exercises that failed validation: their lab is unknown, and that is reported already */
  labReported?: boolean;
}

/** One problem in the text, at a line of it (1-based). */
export interface BodyIssue {
  line: number;
  message: string;
}

export function checkMarkdownBody(input: MarkdownBodyInput): BodyIssue[] {
  const errors: BodyIssue[] = [];
  const at = (node: MdNode | undefined, offset = 0) => (node?.position?.start.line ?? 1) + offset;
  const err = (line: number, message: string) => errors.push({ line, message });

  let tree: MdNode;
  try {
    const parser = input.format === "mdx" ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
    tree = parser.parse(input.body) as MdNode;
  } catch (e) {
    const m = e as { line?: number; reason?: string; message: string };
    err(m.line ?? 1, `MDX: ${m.reason ?? m.message}`);
    return errors;
  }

  const known = new Set([...builtinNames()]);
  const exists = (name: string) => known.has(name) || findCommand(name) !== undefined;
  const lab = input.lab === undefined ? undefined : resolveLab(input.lab);
  let session: LabSession | undefined;
  const runBlock = (host: string | undefined, text: string) => {
    session ??= LabSession.create(lab!);
    return session.run(host, text);
  };

  /** lines with raw HTML reported already: `<b>x</b>` is two nodes, one mistake */
  const htmlLines = new Set<number>();
  const visit = (node: MdNode, siblings: MdNode[], index: number) => {
    if (node.type === "link") checkLink(node);
    if (node.type === "image") checkImage(node);
    if (node.type === "code") checkCode(node, siblings[index - 1]);
    if (node.type === "html" && !htmlLines.has(at(node))) {
      htmlLines.add(at(node));
      err(at(node), "raw HTML is not allowed here: write Markdown (the page shows HTML as plain text)");
    }
    node.children?.forEach((c, i) => visit(c, node.children!, i));
  };
  const results = new Map<MdNode, string>();

  function checkLink(node: MdNode) {
    const url = node.url ?? "";
    if (/^(https?:|mailto:|#)/.test(url)) return;
    const m = /^\/lessons\/([^/#?]+)\/?(#.*)?$/.exec(url);
    if (m) {
      if (!input.lessons.has(m[1])) err(at(node), `link to /lessons/${m[1]}: there is no lesson "${m[1]}"`);
      return;
    }
    if (url === "/") return;
    err(at(node), `link "${url}": link to a lesson as /lessons/<slug>, or to a page elsewhere with https://`);
  }

  function checkImage(node: MdNode) {
    const url = node.url ?? "";
    if (!node.alt) err(at(node), `image "${url}" has no alt text: say what it shows, for readers who can't see it`);
    if (/^https?:/.test(url)) {
      err(at(node), `image "${url}": images ship with the lesson (put the file in its folder and write ./name)`);
      return;
    }
    if (!url.startsWith("./") || url.includes("..")) {
      err(at(node), `image "${url}": write the path of a file in the lesson's folder, as ./name.svg`);
      return;
    }
    if (!input.images) err(at(node), `image "${url}": this text has no folder for files, so it can show no images`);
    else if (!input.images.exists(url)) err(at(node), `image "${url}": no such file in ${input.images.folder}`);
  }

  function checkCode(node: MdNode, previous: MdNode | undefined) {
    const lang = node.lang ?? "";
    const meta = (node.meta ?? "").split(/\s+/).filter(Boolean);
    const text = node.value ?? "";
    if (!lang) {
      err(at(node), "say what this code block is: ```sh for commands to type, ```text for anything else (```text output right after a ```sh block shows what it prints)");
      return;
    }
    if (SHELL_LANGS.has(lang)) {
      const missing = new Set<string>();
      for (const w of commandWords(text))
        if (!exists(w.name)) {
          missing.add(w.name);
          err(at(node, 1 + w.line), `\`${w.name}\` is not a command of the simulation (a typo? or a program to add: see packages/sim/README.md)`);
        }
      const host = meta.find((m) => m.startsWith("host="))?.slice(5);
      if (meta.includes("norun") || !lab) return;
      if (host && !lab.hosts.some((h) => h.name === host)) {
        err(at(node), `host=${host}: lab ${lab.id} has no such host (it has ${lab.hosts.map((h) => h.name).join(", ")})`);
        return;
      }
      const r = runBlock(host, text);
      for (const m of r.screen.matchAll(/^-bash: ([^:\n]+): command not found$/gm))
        if (!missing.has(m[1])) err(at(node, 1), `\`${m[1]}\` is not a command of the simulation (found running the block)`);
      results.set(node, r.screen);
      return;
    }
    if (lang === "text" && meta.includes("output")) {
      if (!previous || previous.type !== "code" || !SHELL_LANGS.has(previous.lang ?? "")) {
        err(at(node), "an output block must come right after the ```sh block whose output it shows");
        return;
      }
      if ((previous.meta ?? "").includes("norun")) {
        err(at(node), "the ```sh block before this output is marked norun: there is nothing to compare with");
        return;
      }
      if (!lab) {
        if (!input.labReported) err(at(node), "shown output needs a lab to run the commands on: add `lab:` to the frontmatter, or an exercise");
        return;
      }
      const printed = results.get(previous);
      if (printed === undefined) return; // the sh block had its own error
      const diff = firstDifference(text, printed.replace(/\n$/, ""));
      if (diff) err(at(node, 1 + diff.line), `shown output differs from what the simulation prints: shown ${JSON.stringify(diff.shown)}, printed ${JSON.stringify(diff.printed)}`);
      return;
    }
    if (lang !== "text" && !OTHER_LANGS.has(lang))
      err(at(node), `code block language "${lang}": use sh (commands), text, or one of ${[...OTHER_LANGS].filter((l) => l !== "text").join(", ")}`);
  }

  tree.children?.forEach((c, i) => visit(c, tree.children!, i));
  return errors;
}

/**
 * The first line where two texts differ (0-based), or undefined when equal.
 * Spaces at the end of a line are ignored: invisible on the page, and
 * editors strip them (`ip` prints one after "scope link").
 */
function firstDifference(shown: string, printed: string): { line: number; shown: string; printed: string } | undefined {
  const a = shown.split("\n").map((l) => l.trimEnd());
  const b = printed.split("\n").map((l) => l.trimEnd());
  if (a.join("\n") === b.join("\n")) return undefined;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return { line: i, shown: a[i] ?? "(nothing)", printed: b[i] ?? "(nothing)" };
  return undefined;
}
