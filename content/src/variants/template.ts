/**
 * Templates: `{{name}}` (or `{{name.key}}` for a record choice) in an
 * exercise's strings stands for a parameter's value. Substitution only: no
 * expressions, no code, nothing but a name between the braces. `{{` always
 * opens a parameter; anything else after it is an error, as is a name the
 * exercise does not declare.
 */

/** One `{{...}}` occurrence, or a malformed one. */
export interface Token {
  /** offset of the opening `{{` in the string (UTF-16 code units) */
  index: number;
  /** the name between the braces, trimmed; undefined when malformed */
  name?: string;
  raw: string;
}

const TOKEN = /\{\{\s*([a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)?)\s*\}\}/y;

/** Every `{{` in `text`: well-formed tokens with their name, malformed ones without. */
export function scanTemplate(text: string): Token[] {
  const out: Token[] = [];
  let i = text.indexOf("{{");
  while (i !== -1) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m) {
      out.push({ index: i, name: m[1], raw: m[0] });
      i = text.indexOf("{{", i + m[0].length);
    } else {
      const end = text.indexOf("}}", i);
      out.push({ index: i, raw: text.slice(i, end === -1 ? Math.min(text.length, i + 20) : end + 2) });
      i = text.indexOf("{{", i + 2);
    }
  }
  return out;
}

/** A template split into literal text and parameter references, for a renderer that shows parameters specially. */
export type TemplatePart = { text: string } | { param: string };

export function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const t of scanTemplate(text)) {
    if (t.name === undefined) continue;
    if (t.index > at) parts.push({ text: text.slice(at, t.index) });
    parts.push({ param: t.name });
    at = t.index + t.raw.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

export class TemplateError extends Error {
  readonly code = "TEMPLATE";
}

/**
 * Replace every `{{name}}` with its value (escaped for a regular expression
 * when `regex`). Throws TemplateError for a malformed token or an unknown
 * name: callers validate templates first (`parseExerciseTemplate`).
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>, opts: { regex?: boolean } = {}): string {
  let out = "";
  let at = 0;
  for (const t of scanTemplate(text)) {
    if (t.name === undefined) throw new TemplateError(`malformed parameter "${t.raw}": write {{name}}`);
    // Own properties only: "{{constructor}}" must not reach Object.prototype.
    const v = Object.hasOwn(values, t.name) ? values[t.name] : undefined;
    if (typeof v !== "string") throw new TemplateError(`unknown parameter "${t.name}"`);
    out += text.slice(at, t.index) + (opts.regex ? escapeRegExp(v) : v);
    at = t.index + t.raw.length;
  }
  return out + text.slice(at);
}

/** For a page that substitutes into HTML it rendered from the template: values are HTML-escaped. */
export function fillTemplateHtml(html: string, values: Readonly<Record<string, string>>): string {
  const escaped: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) escaped[k] = escapeHtml(v);
  return fillTemplate(html, escaped);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
