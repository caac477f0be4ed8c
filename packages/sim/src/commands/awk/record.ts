/**
 * The current record ($0), its fields and NF, and how FS cuts a string
 * into fields (for records and for split()). FS " " (the default) splits at
 * runs of spaces, tabs and newlines and ignores them at both ends; any
 * other single character is that character literally (-F. and -F'|' as
 * mawk takes them); "" makes every byte a field; anything longer is a
 * regular expression. In paragraph mode (RS "") a newline separates fields
 * too. A record is split lazily, with the FS in force when it was read.
 *
 * Assigning a field rebuilds $0 at once with OFS (numbers through
 * CONVFMT); assigning NF cuts or pads the fields the same way.
 */
import type { Ere, EreCache } from "./ere.js";
import { inputValue, toStr, type Value } from "./values.js";

export type Splitter = (s: string) => string[];

const SPACE_RUN = /[ \t\n]+/;

export function makeSplitter(fs: string, paragraph: boolean, regexes: EreCache): Splitter {
  let base: Splitter;
  if (fs === " ") {
    base = (s) => {
      const t = s.replace(/^[ \t\n]+|[ \t\n]+$/g, "");
      return t === "" ? [] : t.split(SPACE_RUN);
    };
    return base;
  }
  if (fs === "") base = (s) => (s === "" ? [] : s.split(""));
  else if (fs.length === 1 && fs !== "\\") base = (s) => (s === "" ? [] : s.split(fs));
  else {
    const re = regexes.get(fs);
    base = (s) => (s === "" ? [] : reSplit(s, re));
  }
  if (!paragraph) return base;
  return (s) => (s === "" ? [] : s.split("\n").flatMap((part) => (part === "" ? [""] : base(part))));
}

/** s cut at every match of re (an empty match cuts nothing) */
export function reSplit(s: string, re: Ere): string[] {
  const out: string[] = [];
  let from = 0;
  let at = 0;
  while (at <= s.length) {
    const m = re.exec(s, at, at > 0);
    if (!m) break;
    if (m.end === m.start) {
      at = m.start + 1;
      continue;
    }
    out.push(s.slice(from, m.start));
    from = at = m.end;
  }
  out.push(s.slice(from));
  return out;
}

export class AwkRecord {
  private text = "";
  private value: Value = "";
  /** fields 1..nf at index 0..nf-1; undefined until split */
  private fields: Value[] | undefined = [];
  private splitter: Splitter = () => [];

  constructor(
    /** OFS and CONVFMT as they are now */
    private readonly ofs: () => string,
    private readonly convfmt: () => string,
  ) {}

  /** a new $0 (read or assigned), split later with `splitter` */
  set(text: string, splitter: Splitter): void {
    this.text = text;
    this.value = inputValue(text);
    this.fields = undefined;
    this.splitter = splitter;
  }

  get record(): Value {
    return this.value;
  }

  get recordText(): string {
    return this.text;
  }

  private split(): Value[] {
    if (!this.fields) this.fields = this.splitter(this.text).map(inputValue);
    return this.fields;
  }

  get nf(): number {
    return this.split().length;
  }

  field(i: number): Value {
    if (i === 0) return this.value;
    const f = this.split();
    return i <= f.length ? f[i - 1] : "";
  }

  setField(i: number, v: Value): void {
    const f = this.split();
    while (f.length < i) f.push("");
    f[i - 1] = v;
    this.rebuild();
  }

  setNF(n: number): void {
    const f = this.split();
    if (n < f.length) f.length = n;
    while (f.length < n) f.push("");
    this.rebuild();
  }

  private rebuild(): void {
    const cf = this.convfmt();
    this.text = this.split()
      .map((v) => toStr(v, cf))
      .join(this.ofs());
    this.value = this.text;
  }
}
