/**
 * dpkg-query --show (-W) and its --showformat: `${Field}` (any field of
 * the package's record, case-insensitive; empty when absent), `${Field;W}`
 * (right-aligned in W columns, left-aligned for a negative W, cut to W),
 * the virtual fields binary:Package (with :ARCH for a Multi-Arch: same
 * package), binary:Summary and db:Status-Abbrev, and the escapes \n \t \\.
 */
import type { Process } from "../../process/process.js";
import type { DpkgRecord } from "./dpkg-db.js";
import { readDpkgDb } from "./dpkg-db.js";
import { abbrev, selectPackages } from "./queries.js";

export const DEFAULT_FORMAT = "${binary:Package}\\t${Version}\\n";

function fieldOf(rec: DpkgRecord, name: string): string {
  const want = name.toLowerCase();
  const lines = rec.text.replace(/\n$/, "").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const colon = lines[i].indexOf(":");
    if (lines[i].startsWith(" ") || colon < 0 || lines[i].slice(0, colon).toLowerCase() !== want) continue;
    let value = lines[i].slice(colon + 1).replace(/^ /, "");
    for (let j = i + 1; j < lines.length && lines[j].startsWith(" "); j++) value += `\n${lines[j]}`;
    return value;
  }
  return "";
}

function value(name: string, pkg: string, rec: DpkgRecord | undefined): string {
  const key = name.toLowerCase();
  if (key === "binary:package") return rec?.multiArch === "same" ? `${pkg}:${rec.arch}` : pkg;
  if (key === "package") return pkg;
  if (key === "db:status-abbrev") return abbrev(rec);
  if (key === "status") return rec?.status ?? "unknown ok not-installed";
  if (!rec) return "";
  if (key === "binary:summary") return rec.summary;
  return fieldOf(rec, name);
}

export function formatPackage(format: string, pkg: string, rec: DpkgRecord | undefined): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "\\" && i + 1 < format.length) {
      const e = format[++i];
      out += e === "n" ? "\n" : e === "t" ? "\t" : e;
    } else if (c === "$" && format[i + 1] === "{") {
      const end = format.indexOf("}", i + 2);
      if (end < 0) {
        out += format.slice(i);
        break;
      }
      const [name, w] = format.slice(i + 2, end).split(";");
      let v = value(name, pkg, rec);
      if (w !== undefined && /^-?\d+$/.test(w)) {
        const n = Number(w);
        v = v.slice(0, Math.abs(n));
        v = n < 0 ? v.padEnd(-n) : v.padStart(n);
      }
      out += v;
      i = end;
    } else out += c;
  }
  return out;
}

/** `dpkg-query -W [-f FORMAT] [PATTERN...]` */
export function showPackages(proc: Process, patterns: string[], format = DEFAULT_FORMAT): number {
  const db = readDpkgDb(proc.host.fs);
  const errors: string[] = [];
  const { rows, failed } = selectPackages(db, patterns, (m) => errors.push(m));
  proc.stdout.write(rows.map((r) => formatPackage(format, r.name, r.rec)).join(""));
  for (const e of errors) proc.stderr.write(e);
  return failed ? 1 : 0;
}
