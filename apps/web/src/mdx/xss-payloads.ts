/**
 * For tests: what a hostile author (or a stolen instructor account) might
 * type into any field of an exercise, and a test of whether rendered HTML
 * could run any of it. Not used by the site.
 */
export const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `<a href="javascript:alert(1)">x</a>`,
  `[click](javascript:alert(1))`,
  `[click](JaVaScRiPt:alert(1))`,
  `[click](data:text/html,<script>alert(1)</script>)`,
  `![x" onerror="alert(1)](x.png)`,
  `<svg onload=alert(1)>`,
  `<iframe src="https://evil.example"></iframe>`,
  "```html\n<script>alert(1)</script>\n```",
  `<div style="background:url(javascript:alert(1))">`,
];

/**
 * Whether HTML (as React renders it: attribute values double-quoted, text
 * escaped) could run or load something: an element that does (script, img,
 * svg, iframe, ...), an event-handler attribute, a style attribute with a
 * URL, or a link or source that is not to the web, mail or this site.
 * Attribute values are blanked before looking for attributes, so a payload
 * shown as an attribute's text (`title="&lt;img onerror=...&gt;"`) is not
 * mistaken for one.
 */
export function executes(html: string): boolean {
  return dangerIn(html) !== undefined;
}

/** The first dangerous piece of `html`, for a test's message; undefined when there is none. */
export function dangerIn(html: string): string | undefined {
  const blanked = html.replace(/="[^"]*"/g, '=""');
  return (
    /<(script|img|svg|math|iframe|frame|object|embed|style|link|meta|base)\b[^>]*>/i.exec(blanked)?.[0] ??
    /<[a-z][^>]*\son[a-z]+=[^>]*>/i.exec(blanked)?.[0] ??
    /<[a-z][^>]*\sstyle="[^"]*url\([^>]*>/i.exec(html)?.[0] ??
    /<[a-z][^>]*\s(href|src|action|formaction)="(?!https?:|mailto:|\/|#)[^"]*"/i.exec(html)?.[0]
  );
}
