/**
 * Tab stops as expand and unexpand (GNU coreutils 9.1, expand-common.c)
 * read them from -t: one size ("4": every 4 columns) or a list of columns
 * separated by commas or blanks ("3,7,12"), whose last entry may be "/N"
 * (every N columns after the list) or "+N" (every N columns counted from
 * the last stop). Also where a tab starting at a column ends.
 */
import { quoteLocale } from "./quote.js";

export interface TabStops {
  /** every `size` columns; 0 when a list is given */
  size: number;
  list: number[];
  extend: number;
  increment: number;
}

/** Read -t values in order; on error, the message (without the program prefix) */
export function parseTabStops(specs: readonly string[]): TabStops | { error: string } {
  const list: number[] = [];
  let extend = 0;
  let increment = 0;
  const add = (n: number): string | undefined => {
    if (extend) return "'/' specifier only allowed with the last value";
    if (increment) return "'+' specifier only allowed with the last value";
    list.push(n);
    return undefined;
  };
  for (const stops of specs) {
    let have = false;
    let value = 0;
    let numStart = 0;
    let kind: "" | "/" | "+" = "";
    const finish = (): string | undefined => {
      if (!have) return undefined;
      if (kind === "/") {
        if (extend || increment) return "'/' specifier only allowed with the last value";
        extend = value;
      } else if (kind === "+") {
        if (extend || increment) return "'+' specifier only allowed with the last value";
        increment = value;
      } else return add(value);
      return undefined;
    };
    for (let i = 0; i < stops.length; i++) {
      const c = stops[i];
      if (c === "," || c === " " || c === "\t") {
        const e = finish();
        if (e) return { error: e };
        have = false;
        kind = "";
      } else if (c === "/" || c === "+") {
        if (have) return { error: `'${c}' specifier not at start of number: ${quoteLocale(stops.slice(i))}` };
        kind = c;
      } else if (c >= "0" && c <= "9") {
        if (!have) {
          value = 0;
          have = true;
          numStart = i;
        }
        value = value * 10 + Number(c);
        if (value > Number.MAX_SAFE_INTEGER) return { error: `tab stop is too large ${quoteLocale(/^\d+/.exec(stops.slice(numStart))![0])}` };
      } else return { error: `tab size contains invalid character(s): ${quoteLocale(stops.slice(i))}` };
    }
    const e = finish();
    if (e) return { error: e };
  }
  let prev = 0;
  for (const t of list) {
    if (t === 0) return { error: "tab size cannot be 0" };
    if (t <= prev) return { error: "tab sizes must be ascending" };
    prev = t;
  }
  if (increment && extend) return { error: "'/' specifier is mutually exclusive with '+'" };
  let size = 0;
  if (list.length === 0) size = extend || increment || 8;
  else if (list.length === 1 && !extend && !increment) size = list[0];
  return { size, list, extend, increment };
}

/**
 * The column the tab stop after `column` is at; `index` is where the list
 * scan resumes (reset to 0 at each line). undefined: past the last stop of a
 * list without /N or +N.
 */
export function nextTabColumn(t: TabStops, column: number, index: { i: number }): number | undefined {
  if (t.size) return column + (t.size - (column % t.size));
  for (; index.i < t.list.length; index.i++) if (column < t.list[index.i]) return t.list[index.i];
  if (t.extend) return column + (t.extend - (column % t.extend));
  if (t.increment) {
    const end = t.list[t.list.length - 1];
    return column + (t.increment - ((column - end) % t.increment));
  }
  return undefined;
}
