import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown, safeHref } from "./safe-markdown.js";
import { executes, PAYLOADS } from "./xss-payloads.js";

const html = (text: string, inline = false) => renderToStaticMarkup(createElement(SafeMarkdown, { text, inline }));

describe("SafeMarkdown", () => {
  it("draws Markdown: emphasis, code, lists, links to lessons and the web", () => {
    expect(html("Add **this** with `ip addr`.", true)).toBe('Add <strong>this</strong> with <code class="inline-code">ip addr</code>.');
    expect(html("- one\n- two")).toBe("<ul><li>one</li><li>two</li></ul>");
    expect(html("[lesson](/lessons/gateways) [man](https://man7.org/x)")).toBe(
      '<p><a href="/lessons/gateways" rel="nofollow noopener noreferrer">lesson</a> <a href="https://man7.org/x" rel="nofollow noopener noreferrer">man</a></p>',
    );
    expect(html("## Steps")).toBe("<h3>Steps</h3>");
    expect(html("```sh\nip addr\n```")).toContain('<pre class="cmd-block" data-lang="sh">');
  });

  it.each(PAYLOADS)("never lets %s become markup or a script link", (payload) => {
    for (const out of [html(payload), html(payload, true), html(`Before ${payload} after`)]) {
      expect(executes(out), out).toBe(false);
      expect(out).not.toMatch(/<script|<img|<svg|<iframe|javascript:[^<]*"|href="data:/i);
    }
  });

  it("shows raw HTML as its text", () => {
    expect(html("x <b>bold</b>", true)).toBe("x &lt;b&gt;bold&lt;/b&gt;");
  });

  it("lets links go to the web, mail, a lesson or an anchor only", () => {
    expect(safeHref("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHref("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(safeHref("/lessons/gateways#nat")).toBe("/lessons/gateways#nat");
    for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "data:text/html,x", "//evil.example", "/api/cohorts", "vbscript:x"]) expect(safeHref(bad), bad).toBeUndefined();
  });
});
