/**
 * The colon-separated databases of glibc's NSS "files" backend: /etc/passwd,
 * group, shadow and gshadow, and which of their lines are entries. Leading
 * white space is skipped; an empty line or one starting with `#` is none (a
 * learner's commented-out user is not a user); a line needs a name and, for
 * passwd and group, a decimal id; missing trailing fields are empty. Every
 * reader of these files (ls and stat's owner names, id, chown, find -user,
 * getent) goes through here, so they agree on what is an entry. Parsed by
 * content, so an edited file is parsed again and an unchanged one is not.
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";
import { memoized } from "../../memo.js";

export interface ColonDb {
  path: string;
  fields: number;
  /** the field a numeric key is looked up in (uid, gid); none for shadow */
  idField?: number;
}

export const PASSWD: ColonDb = { path: "/etc/passwd", fields: 7, idField: 2 };
export const GROUP: ColonDb = { path: "/etc/group", fields: 4, idField: 2 };
export const SHADOW: ColonDb = { path: "/etc/shadow", fields: 9 };
export const GSHADOW: ColonDb = { path: "/etc/gshadow", fields: 4 };

function parse(db: ColonDb, text: ByteString): string[][] {
  const out: string[][] = [];
  for (const raw of utf8Decode(text).split("\n")) {
    const line = raw.trimStart();
    if (line === "" || line.startsWith("#")) continue;
    const f = line.split(":");
    if (f.length < db.fields - 1 || f[0] === "") continue;
    if (db.idField !== undefined && !/^\d+$/.test(f[db.idField])) continue;
    while (f.length < db.fields) f.push("");
    out.push(f.slice(0, db.fields));
  }
  return out;
}

const parsers = new Map<ColonDb, (text: ByteString) => string[][]>();

/** the entries of `db` on this host, in file order, each `db.fields` long; none when the file cannot be read */
export function colonRecords(fs: Vfs, db: ColonDb): readonly string[][] {
  const r = fs.readFile(db.path);
  if (!r.ok) return [];
  let p = parsers.get(db);
  if (!p) parsers.set(db, (p = memoized((text: ByteString) => parse(db, text), 16)));
  return p(r.value);
}
