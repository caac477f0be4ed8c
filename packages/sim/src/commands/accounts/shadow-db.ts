/**
 * The account databases as shadow 4.13's tools edit them: /etc/passwd,
 * /etc/shadow, /etc/group, /etc/gshadow and the subordinate-id files
 * /etc/subuid and /etc/subgid. Each is read whole into colon records (lines
 * that are not records, such as comments, are kept as they stand), changed
 * in memory, and written back only by `commit()`, as the real tools change
 * nothing when they fail half way. Writing a database first copies its old
 * text to the backup beside it (`/etc/passwd-`), with the same mode, owner
 * and time, as shadow's commonio does.
 *
 * Readers (id, getent, ls) see the files, never this module: the files are
 * the single source of truth.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

export type DbName = "passwd" | "shadow" | "group" | "gshadow" | "subuid" | "subgid";

/** one line of a database: its fields, or a line that is not a record, kept verbatim */
type Line = { fields: string[] } | { raw: string };

class Table {
  dirty = false;
  constructor(
    readonly path: string,
    readonly lines: Line[],
    /** false when the file did not exist: it is then not created */
    readonly exists: boolean,
  ) {}

  records(): string[][] {
    return this.lines.flatMap((l) => ("fields" in l ? [l.fields] : []));
  }
  find(name: string): string[] | undefined {
    return this.records().find((f) => f[0] === name);
  }
  add(fields: string[]): void {
    this.lines.push({ fields });
    this.dirty = true;
  }
  /** drop every record of `name`; true when one was there */
  remove(name: string): boolean {
    const before = this.lines.length;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const l = this.lines[i];
      if ("fields" in l && l.fields[0] === name) this.lines.splice(i, 1);
    }
    if (this.lines.length !== before) this.dirty = true;
    return this.lines.length !== before;
  }
  /** change the record in place (the caller mutated its fields) */
  touched(): void {
    this.dirty = true;
  }
  text(): string {
    return this.lines.map((l) => ("fields" in l ? l.fields.join(":") : l.raw) + "\n").join("");
  }
}

function load(fs: Vfs, path: string): Table {
  const r = fs.readFile(path);
  if (!r.ok) return new Table(path, [], false);
  const text = utf8Decode(r.value);
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    if (raw === "") continue;
    lines.push(raw.startsWith("#") || !raw.includes(":") ? { raw } : { fields: raw.split(":") });
  }
  return new Table(path, lines, true);
}

export class AccountDb {
  private readonly tables = new Map<DbName, Table>();
  constructor(private readonly fs: Vfs) {}

  table(name: DbName): Table {
    let t = this.tables.get(name);
    if (!t) {
      t = load(this.fs, `/etc/${name}`);
      this.tables.set(name, t);
    }
    return t;
  }

  user(name: string): string[] | undefined {
    return this.table("passwd").find(name);
  }
  userByUid(uid: number): string[] | undefined {
    return this.table("passwd").records().find((f) => Number(f[2]) === uid);
  }
  group(name: string): string[] | undefined {
    return this.table("group").find(name);
  }
  groupByGid(gid: number): string[] | undefined {
    return this.table("group").records().find((f) => /^\d+$/.test(f[2] ?? "") && Number(f[2]) === gid);
  }
  /** a group named, or given by number, as -g and -G take it */
  groupByKey(key: string): string[] | undefined {
    return /^\d+$/.test(key) ? this.groupByGid(Number(key)) : this.group(key);
  }
  uids(): Set<number> {
    return new Set(this.table("passwd").records().map((f) => Number(f[2])));
  }
  gids(): Set<number> {
    return new Set(this.table("group").records().map((f) => Number(f[2])));
  }

  /** write every changed database, its old text going to its backup file */
  commit(): void {
    for (const t of this.tables.values()) {
      if (!t.dirty || !t.exists) continue;
      const st = this.fs.stat(t.path);
      const old = this.fs.readFile(t.path);
      if (st.ok && old.ok) {
        const backup = `${t.path}-`;
        this.fs.writeFile(backup, old.value, { mode: st.value.mode });
        this.fs.chmod(backup, st.value.mode);
        this.fs.chown(backup, st.value.uid, st.value.gid);
        // commonio's create_backup keeps the old file's time on the copy
        this.fs.utimes(backup, st.value.mtime);
      }
      this.fs.writeFile(t.path, utf8Encode(t.text()));
      t.dirty = false;
    }
  }
}

/** a member list field ("a,b") as names */
export function memberList(field: string | undefined): string[] {
  return (field ?? "").split(",").filter((m) => m !== "");
}
