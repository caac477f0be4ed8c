/**
 * User and group names as NSS "files" gives them: read from /etc/passwd and
 * /etc/group of the host on each call, so a learner's `useradd` or edit is
 * seen. An id without a name is shown as the number, as ls and stat do.
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";
import { memoized } from "../../memo.js";

function table(fs: Vfs, path: string): ReadonlyMap<number, string> {
  const r = fs.readFile(path);
  return r.ok ? parsed(r.value) : new Map();
}

/** id -> name of a passwd/group text, by its content */
const parsed = memoized(parse, 64);

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

  /** the name of `uid`, or `unknown` (default: the number, as ls shows it; stat says UNKNOWN) */
  user(uid: number, unknown = String(uid)): string {
    this.users ??= table(this.fs, "/etc/passwd");
    return this.users.get(uid) ?? unknown;
  }

  group(gid: number, unknown = String(gid)): string {
    this.groups ??= table(this.fs, "/etc/group");
    return this.groups.get(gid) ?? unknown;
  }
}
