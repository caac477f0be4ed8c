/**
 * A terminal session turned into solution lines, as the content format writes
 * them ("command" on the lab's first host, "@host command" on another), for
 * the studio's recorder. Optionally the values of the variant the session ran
 * in are written back as their `{{name}}`, so that a session recorded in one
 * variant becomes a solution for all of them.
 */
import type { TranscriptEntry } from "@rootlab/sim";

export interface Recorded {
  lines: string[];
  /** what could not be written as a line, said in words */
  skipped: string[];
}

/** values shorter than this are not turned back into `{{name}}`: "1" or "eth" would match too much */
const MIN_TEMPLATE_VALUE = 4;

export function solutionLines(entries: readonly TranscriptEntry[], firstHost: string, values: Readonly<Record<string, string>> = {}): Recorded {
  const lines: string[] = [];
  const skipped: string[] = [];
  for (const e of entries) {
    if ("advance" in e) {
      skipped.push(`${e.advance} ms of time let pass (write \`sleep\` in a line instead)`);
      continue;
    }
    if (e.line.includes("\n")) {
      skipped.push(`\`${e.line.split("\n")[0]}…\`: a command over several lines (a here-document) is not one solution line`);
      continue;
    }
    if (e.tty && e.tty.input.length > 0) {
      skipped.push(`\`${e.line}\`: keys typed into the program it started (an editor, a pager) are not part of a solution line`);
      continue;
    }
    const line = templated(e.line, values);
    lines.push(e.host === firstHost ? line : `@${e.host} ${line}`);
  }
  return { lines, skipped };
}

/** `line` with each value (longest first) that stands alone replaced by `{{name}}`. */
export function templated(line: string, values: Readonly<Record<string, string>>): string {
  const byLength = Object.entries(values)
    .filter(([, v]) => v.length >= MIN_TEMPLATE_VALUE)
    .sort((a, b) => b[1].length - a[1].length);
  let out = line;
  for (const [name, value] of byLength) {
    const escaped = value.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    // not inside a longer word or number: 192.168.1.56 is not a part of 192.168.1.560
    out = out.replace(new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, "g"), `{{${name}}}`);
  }
  return out;
}

/** The lines as the content format's `reference: [...]`, ready to paste into solutions.ts. */
export function solutionBlock(lines: readonly string[], key = "reference"): string {
  if (lines.length === 0) return `${key}: [],`;
  return `${key}: [\n${lines.map((l) => `  ${JSON.stringify(l)},`).join("\n")}\n],`;
}
