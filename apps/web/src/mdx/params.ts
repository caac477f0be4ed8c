/**
 * A rehype plugin for exercise texts (tasks, hints): every `{{name}}` left in
 * the rendered text becomes a `<Param name="...">` element, which shows the
 * learner's own value of that parameter (components/VariantParam.tsx). The
 * Markdown is rendered once, at build time, from the template; the values
 * come in the browser, where the learner's variant is known.
 */
import { splitTemplate } from "@rootlab/content";

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
  [key: string]: unknown;
}

export function rehypeParams() {
  return (tree: HastNode) => visit(tree);
}

function visit(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.flatMap((c) => {
    if (c.type !== "text" || !c.value?.includes("{{")) {
      visit(c);
      return [c];
    }
    return splitTemplate(c.value).map((p) =>
      "text" in p
        ? { type: "text", value: p.text }
        : { type: "mdxJsxTextElement", name: "Param", attributes: [{ type: "mdxJsxAttribute", name: "name", value: p.param }], children: [] },
    );
  });
}
