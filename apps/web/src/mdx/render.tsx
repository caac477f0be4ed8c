/**
 * Lessons and task texts are trusted repository content (MDX / Markdown),
 * compiled here on the server. Lesson pages are statically generated, so this
 * runs at build time and the browser receives HTML, not a Markdown parser.
 */
import { compile, run } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { Param } from "@/components/VariantParam";
import { mdxComponents } from "./components";
import { rehypeParams } from "./params";

export async function renderMdx(
  source: string,
  format: "mdx" | "md" = "mdx",
  components: MDXComponents = mdxComponents,
  opts: { params?: boolean } = {},
): Promise<ReactNode> {
  const rehypePlugins = opts.params ? [rehypeParams] : [];
  const code = String(await compile(source, { outputFormat: "function-body", format, development: false, rehypePlugins }));
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return <Content components={components} />;
}

/**
 * A short Markdown text (a task, a hint) without the paragraph around it.
 * Its `{{name}}` parameters become `<Param>`s, filled in the browser with the
 * learner's values.
 */
export async function renderInlineMarkdown(source: string): Promise<ReactNode> {
  return renderMdx(source, "md", { ...mdxComponents, Param, p: ({ children }) => <>{children}</> }, { params: true });
}
