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

/** An element that runs or loads something, an event-handler attribute, or a link that is not to the web, mail or this site. */
export function executes(html: string): boolean {
  return /<(script|img|svg|iframe|object|embed|style|div)\b/i.test(html) || /<[^>]*\son[a-z]+\s*=/i.test(html) || /href="(?!https?:|mailto:|\/|#)/i.test(html);
}
