/**
 * Cutting input into records by RS, for the main input and for getline's
 * files and commands. RS is read at every record, as a program may change
 * it: a single character separates records literally ("\n" by default);
 * "" is paragraph mode (records end at one or more blank lines, newlines
 * at the start of the input and at its end are dropped); anything longer
 * is a regular expression. The last record need not end with RS.
 */
import type { EreCache } from "./ere.js";

export class RecordReader {
  private pos = 0;

  constructor(
    readonly name: string,
    private readonly data: string,
  ) {}

  /** the next record, or undefined at the end of the input */
  next(rs: string, regexes: EreCache): string | undefined {
    const data = this.data;
    if (rs === "") {
      while (this.pos < data.length && data[this.pos] === "\n") this.pos++;
      if (this.pos >= data.length) return undefined;
      const m = /\n\n+/g;
      m.lastIndex = this.pos;
      const found = m.exec(data);
      if (found) {
        const rec = data.slice(this.pos, found.index);
        this.pos = found.index + found[0].length;
        return rec;
      }
      const rec = data.slice(this.pos).replace(/\n+$/, "");
      this.pos = data.length;
      return rec;
    }
    if (this.pos >= data.length) return undefined;
    if (rs.length === 1) {
      const at = data.indexOf(rs, this.pos);
      const end = at < 0 ? data.length : at;
      const rec = data.slice(this.pos, end);
      this.pos = at < 0 ? data.length : at + 1;
      return rec;
    }
    const re = regexes.get(rs);
    let from = this.pos;
    for (;;) {
      const m = re.exec(data, from, from > 0);
      if (!m) break;
      if (m.end === m.start) {
        from = m.start + 1;
        if (from > data.length) break;
        continue;
      }
      const rec = data.slice(this.pos, m.start);
      this.pos = m.end;
      return rec;
    }
    const rec = data.slice(this.pos);
    this.pos = data.length;
    return rec;
  }
}
