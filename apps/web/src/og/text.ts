/**
 * Text for Open Graph images. Satori draws text as glyph outlines (nothing is
 * parsed as markup), but a character the bundled Geist font lacks makes
 * next/og fetch a font or emoji image from the network, which a server
 * without internet access cannot reach: such characters are replaced.
 */

/** Basic Latin, Latin-1 Supplement and Latin Extended-A: what Geist Regular draws. */
const DRAWABLE = /[\u0020-\u007e\u00a0-\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u;

/** At most `max` characters (code points), drawable ones only, whitespace collapsed. */
export function ogText(s: string, max: number): string {
  const chars = [...s.replace(/\s+/gu, " ").trim()].map((c) => (DRAWABLE.test(c) ? c : "?"));
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : chars.join("");
}
