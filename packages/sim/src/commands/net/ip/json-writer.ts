/**
 * iproute2's JSON writer (lib/json_writer.c) byte for byte: what `ip -j`
 * prints, compact or, with -p, "pretty" (4 spaces a level, `"key": value`,
 * arrays opened with "[ " and closed with " ]", scalars in an array on one
 * line, objects in an array joined by "},{"). A listing is one array
 * (`new_json_obj`) closed by a newline (`delete_json_obj`).
 *
 * Values are plain records; key order is the order iproute2 prints them
 * (insertion order of the object's keys, none of which is an array index).
 */

export type JsonValue = string | number | boolean | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export class JsonWriter {
  private out = "";
  private depth = 0;
  /** "," once something was written at this level, "" at the start of one (jsonw's sep) */
  private sep = "";

  constructor(private readonly pretty: boolean) {}

  text(): string {
    return this.out;
  }

  private indent(): void {
    this.out += "    ".repeat(this.depth);
  }

  /** jsonw_eol: a newline and the indentation, in pretty mode only */
  private eol(): void {
    if (!this.pretty) return;
    this.out += "\n";
    this.indent();
  }

  /** jsonw_eor: the separator before a value, then there is one */
  private eor(): void {
    this.out += this.sep;
    this.sep = ",";
  }

  private begin(c: string): void {
    this.eor();
    this.out += c;
    this.depth++;
    this.sep = "";
  }

  private end(c: string): void {
    this.depth--;
    if (this.sep !== "") this.eol();
    this.out += c;
    this.sep = ",";
  }

  startObject(): void {
    this.begin("{");
  }

  endObject(): void {
    this.end("}");
  }

  startArray(): void {
    this.begin("[");
    if (this.pretty) this.out += " ";
  }

  endArray(): void {
    if (this.pretty && this.sep !== "") this.out += " ";
    this.sep = "";
    this.end("]");
  }

  name(key: string): void {
    this.eor();
    this.eol();
    this.sep = "";
    this.out += `${quote(key)}:${this.pretty ? " " : ""}`;
  }

  value(v: JsonValue): void {
    if (Array.isArray(v)) {
      this.startArray();
      for (const x of v) this.value(x);
      this.endArray();
    } else if (typeof v === "object") {
      this.startObject();
      for (const [k, x] of Object.entries(v)) {
        this.name(k);
        this.value(x);
      }
      this.endObject();
    } else {
      this.eor();
      this.out += typeof v === "string" ? quote(v) : String(v);
    }
  }
}

/** jsonw_puts: only these characters are escaped */
function quote(s: string): string {
  let q = '"';
  for (const c of s) {
    if (c === "\t") q += "\\t";
    else if (c === "\n") q += "\\n";
    else if (c === "\r") q += "\\r";
    else if (c === "\f") q += "\\f";
    else if (c === "\b") q += "\\b";
    else if (c === "\\") q += "\\\\";
    else if (c === '"') q += '\\"';
    else q += c;
  }
  return `${q}"`;
}

/** a whole listing: the array of records and the closing newline */
export function jsonListing(records: JsonValue[], pretty: boolean): string {
  const w = new JsonWriter(pretty);
  w.value(records);
  return `${w.text()}\n`;
}

/** what a listing has printed when a dump fails after the array was opened ("[" and no newline) */
export function jsonListingStart(pretty: boolean): string {
  const w = new JsonWriter(pretty);
  w.startArray();
  return w.text();
}
