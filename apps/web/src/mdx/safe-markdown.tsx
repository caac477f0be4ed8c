/**
 * Markdown someone typed into a form (an instructor's exercise in the
 * studio), drawn as React elements without ever becoming code or HTML: the
 * text is parsed to a syntax tree (remark-parse, no MDX, no HTML parsing)
 * and only the node kinds below are drawn. Raw HTML shows as the text it is;
 * a link goes only to http(s), mailto, a lesson or an anchor, anything else
 * (javascript:, data:) is shown as its text; images show their alt text (a
 * stored exercise has no files). React escapes every string it is given.
 *
 * Lessons of the repository are trusted and compiled by render.tsx instead.
 * Pure: the learner's page renders it on the server, the studio's preview in
 * the browser.
 */
import type { Nodes, Parents, Root } from "mdast";
import { Fragment, type ReactNode } from "react";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { CodeBlock } from "./components";

const parser = unified().use(remarkParse);

/** Where a Markdown link may lead. */
export function safeHref(url: string): string | undefined {
  const u = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(u)) return u;
  if (/^\/lessons\/[a-z0-9-]+\/?(#[\w-]*)?$/.test(u) || u === "/" || /^#[\w-]*$/.test(u)) return u;
  return undefined;
}

export function SafeMarkdown({ text, inline = false }: { text: string; inline?: boolean }): ReactNode {
  const tree = parser.parse(text) as Root;
  // A task or a hint is one paragraph: drawn without the <p> around it.
  if (inline && tree.children.length === 1 && tree.children[0].type === "paragraph") return <>{children(tree.children[0])}</>;
  return <>{children(tree)}</>;
}

function children(node: Parents): ReactNode[] {
  return node.children.map((c, i) => <Fragment key={i}>{draw(c)}</Fragment>);
}

function draw(node: Nodes): ReactNode {
  switch (node.type) {
    case "text":
      return node.value;
    case "paragraph":
      return <p>{children(node)}</p>;
    case "heading": {
      // the page's own h1 and h2 come first: a text's headings sit below them
      const H = (["h3", "h3", "h4", "h5", "h6", "h6"] as const)[node.depth - 1];
      return <H>{children(node)}</H>;
    }
    case "emphasis":
      return <em>{children(node)}</em>;
    case "strong":
      return <strong>{children(node)}</strong>;
    case "delete":
      return <del>{children(node)}</del>;
    case "inlineCode":
      return <code className="inline-code">{node.value}</code>;
    case "code":
      return (
        <CodeBlock>
          <code className={node.lang ? `language-${node.lang}` : undefined}>{node.value}</code>
        </CodeBlock>
      );
    case "blockquote":
      return <blockquote>{children(node)}</blockquote>;
    case "list":
      return node.ordered ? <ol start={node.start ?? undefined}>{children(node)}</ol> : <ul>{children(node)}</ul>;
    case "listItem":
      // a tight list's items hold one paragraph each: drawn as the item's text
      return <li>{node.spread ? children(node) : node.children.map((c, i) => <Fragment key={i}>{c.type === "paragraph" ? children(c) : draw(c)}</Fragment>)}</li>;
    case "thematicBreak":
      return <hr />;
    case "break":
      return <br />;
    case "link": {
      const href = safeHref(node.url);
      return href ? (
        <a href={href} rel="nofollow noopener noreferrer">
          {children(node)}
        </a>
      ) : (
        <>{children(node)}</>
      );
    }
    case "image":
      return node.alt ?? "";
    case "html":
      // shown as typed: the validator refuses it, and an older document that holds some stays harmless
      return node.value;
    default:
      // reference-style links, footnotes, tables...: their text, if any
      return "children" in node ? <>{children(node as Parents)}</> : "value" in node ? String((node as { value: unknown }).value) : null;
  }
}
