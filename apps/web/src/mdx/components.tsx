/**
 * How lesson Markdown looks. Code blocks are what a learner types: shown as
 * terminal lines, with a root prompt before each line that starts with a
 * command the simulation knows (file contents and output get none). The
 * prompt is drawn by CSS, so copying a block copies only the commands.
 */
import { commandNames } from "@rootlab/sim";
import type { MDXComponents } from "mdx/types";
import { type ReactElement, isValidElement } from "react";

/** bash builtins lessons start lines with (the simulation's registry lists programs only) */
const BUILTINS = ["cd", "echo", "export", "printf", "read", "set", "unset", "source", "exit", "history", "type", "pwd", "test", "true", "false"];

let known: Set<string> | undefined;
function isCommandLine(line: string): boolean {
  known ??= new Set([...commandNames(), ...BUILTINS]);
  const first = /^\s*(?:sudo\s+)?([A-Za-z0-9_.-]+)/.exec(line)?.[1];
  return first !== undefined && known.has(first);
}

export function CodeBlock({ children }: { children?: React.ReactNode }) {
  const code = isValidElement(children) ? (children as ReactElement<{ children?: unknown; className?: string }>) : undefined;
  const text = typeof code?.props.children === "string" ? code.props.children.replace(/\n$/, "") : "";
  const lang = /language-(\S+)/.exec(code?.props.className ?? "")?.[1];
  const plain = lang !== undefined && !["sh", "bash", "shell", "console"].includes(lang);
  // An exercise's block holding parameters (<Param>s, see params.ts) is shown as it comes, without prompts.
  if (code && typeof code.props.children !== "string")
    return (
      <pre className="cmd-block" data-lang={lang}>
        <code>{code.props.children as React.ReactNode}</code>
      </pre>
    );
  return (
    <pre className="cmd-block" data-lang={lang}>
      <code>
        {text.split("\n").map((line, i) => (
          <span key={i} className={!plain && isCommandLine(line) ? "cmd-line cmd-line--command" : "cmd-line"}>
            {line}
            {"\n"}
          </span>
        ))}
      </code>
    </pre>
  );
}

export const mdxComponents: MDXComponents = {
  pre: CodeBlock,
  code: ({ children }) => <code className="inline-code">{children}</code>,
  table: ({ children }) => (
    <div className="table-scroll">
      <table>{children}</table>
    </div>
  ),
};
