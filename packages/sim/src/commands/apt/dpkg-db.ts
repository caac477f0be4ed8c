/**
 * dpkg's database as dpkg-query reads it: /var/lib/dpkg/status parsed into
 * one record per package, and the names the relationship fields mention
 * (Depends, Conflicts, Provides, ...), which dpkg knows as packages in state
 * "not-installed" (`un` in `dpkg -l PATTERN`).
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

export const STATUS_FILE = "/var/lib/dpkg/status";

export interface DpkgRecord {
  name: string;
  /** the stanza as stored, ending in "\n" (what `dpkg -s` prints) */
  text: string;
  /** "install ok installed" */
  status: string;
  version: string;
  arch: string;
  /** the Description's first line */
  summary: string;
  multiArch?: string;
  /** the names its Replaces and Provides fields give */
  replaces: string[];
  provides: string[];
}

const RELATIONS = ["Replaces", "Provides", "Depends", "Pre-Depends", "Recommends", "Suggests", "Breaks", "Conflicts", "Enhances"];

export interface DpkgDb {
  /** packages with a stanza, by name */
  records: Map<string, DpkgRecord>;
  /** every name dpkg knows: the records' and those their relationship fields mention */
  known: Set<string>;
}

/** the package names of a relationship field ("a (>= 1), b | c:any" -> a, b, c) */
function relationNames(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/[,|]/).map((alt) => alt.trim().split(/[\s(:]/)[0]).filter(Boolean);
}

function field(text: string, name: string): string | undefined {
  const m = new RegExp(`^${name}: (.*)$`, "m").exec(text);
  return m?.[1];
}

export function readDpkgDb(fs: Vfs): DpkgDb {
  const r = fs.readFile(STATUS_FILE);
  const records = new Map<string, DpkgRecord>();
  const known = new Set<string>();
  if (!r.ok) return { records, known };
  for (const block of utf8Decode(r.value).split(/\n\n+/)) {
    const text = block.replace(/^\n+/, "");
    const name = field(text, "Package");
    if (!name) continue;
    records.set(name, {
      name,
      text: text.endsWith("\n") ? text : `${text}\n`,
      status: field(text, "Status") ?? "",
      version: field(text, "Version") ?? "",
      arch: field(text, "Architecture") ?? "",
      summary: field(text, "Description") ?? "",
      multiArch: field(text, "Multi-Arch"),
      replaces: relationNames(field(text, "Replaces")),
      provides: relationNames(field(text, "Provides")),
    });
    known.add(name);
    for (const rel of RELATIONS) for (const n of relationNames(field(text, rel))) known.add(n);
  }
  return { records, known };
}

export function isInstalled(rec: DpkgRecord | undefined): rec is DpkgRecord {
  return rec !== undefined && rec.status.endsWith(" installed") && !rec.status.endsWith("not-installed");
}

/** fnmatch(3) without flags, as dpkg-query matches package names */
export function globMatch(pattern: string, name: string): boolean {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) re += "\\[";
      else {
        let set = pattern.slice(i + 1, end);
        if (set.startsWith("!")) set = `^${set.slice(1)}`;
        re += `[${set.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`${re}$`).test(name);
}
