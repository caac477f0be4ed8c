/**
 * YAML with positions: the course outline and lesson frontmatter are parsed
 * with the `yaml` package's document model so that an error names the line
 * of the field it is about, not just its path.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { ContentPath } from "../src/issues.js";

export interface YamlSource {
  data: unknown;
  /** 1-based line of the node at `path` (or of its nearest ancestor found); `lineOffset` added */
  lineOf(path: ContentPath): number;
  /** syntax errors, with their lines */
  errors: { line: number; message: string }[];
}

/** Parse `text`, which starts at line `lineOffset + 1` of its file. */
export function parseYaml(text: string, lineOffset = 0): YamlSource {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const line = (offset: number) => lc.linePos(offset).line + lineOffset;
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ line: line(e.pos[0]), message: e.message.split("\n")[0] })),
    lineOf(path) {
      const node = nodeAt(doc, path);
      return node?.range ? line(node.range[0]) : lineOffset + 1;
    },
  };
}

/** The deepest node on `path` that exists. */
function nodeAt(doc: Document, path: ContentPath): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (!node) break;
    } else break;
    found = node as Node;
  }
  return found;
}

/** A lesson.mdx split into its frontmatter (YAML between `---` lines) and its MDX body. */
export interface MdxFile {
  frontmatter: YamlSource | undefined;
  body: string;
  /** line of the file where the body starts (1-based) */
  bodyLine: number;
}

export function splitMdx(text: string): MdxFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { frontmatter: undefined, body: text, bodyLine: 1 };
  const bodyLine = m[0].split("\n").length;
  return { frontmatter: parseYaml(m[1], 1), body: text.slice(m[0].length), bodyLine };
}
