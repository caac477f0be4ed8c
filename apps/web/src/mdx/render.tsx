/**
 * Lessons and task texts are trusted repository content (MDX / Markdown),
 * compiled here on the server. Lesson pages are statically generated, so this
 * runs at build time and the browser receives HTML, not a Markdown parser.
 */
import { compile, run } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { mdxComponents } from "./components";

export async function renderMdx(source: string, format: "mdx" | "md" = "mdx", components: MDXComponents = mdxComponents): Promise<ReactNode> {
  const code = String(await compile(source, { outputFormat: "function-body", format, development: false }));
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return <Content components={components} />;
}

/** A short Markdown text (a task, a hint) without the paragraph around it. */
export async function renderInlineMarkdown(source: string): Promise<ReactNode> {
  return renderMdx(source, "md", { ...mdxComponents, p: ({ children }) => <>{children}</> });
}
