/**
 * User and group names as NSS "files" gives them: read from /etc/passwd and
 * /etc/group of the host on each call, so a learner's `useradd` or edit is
 * seen. An id without a name is shown as the number, as ls and stat do.
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

/** id -> name of each passwd/group text seen (a pure memo: the file system hands back the same string while the file is unchanged) */
const parsed = new Map<ByteString, ReadonlyMap<number, string>>();

function table(fs: Vfs, path: string): ReadonlyMap<number, string> {
  const r = fs.readFile(path);
  if (!r.ok) return new Map();
  let out = parsed.get(r.value);
  if (!out) {
    out = parse(r.value);
    if (parsed.size >= 64) parsed.clear();
    parsed.set(r.value, out);
  }
  return out;
}

function parse(text: ByteString): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const line of utf8Decode(text).split("\n")) {
    const f = line.split(":");
    if (f.length < 3) continue;
    const id = Number(f[2]);
    if (Number.isInteger(id) && !out.has(id)) out.set(id, f[0]);
  }
  return out;
}

export class Owners {
  private users: ReadonlyMap<number, string> | undefined;
  private groups: ReadonlyMap<number, string> | undefined;
  constructor(private readonly fs: Vfs) {}

  user(uid: number): string {
    this.users ??= table(this.fs, "/etc/passwd");
    return this.users.get(uid) ?? String(uid);
  }

  group(gid: number): string {
    this.groups ??= table(this.fs, "/etc/group");
    return this.groups.get(gid) ?? String(gid);
  }
}
