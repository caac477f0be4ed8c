/**
 * Choosing ids as shadow 4.13 does (libmisc/find_new_uid.c, find_new_gid.c,
 * find_new_sub_uids.c). A user's or group's id: the one after the highest
 * in use in [UID_MIN, UID_MAX] (GID_*), or the lowest free one when the top
 * is taken; a system account's: the highest free one in [SYS_*_MIN,
 * SYS_*_MAX], searching down. useradd first offers the new user's group
 * the user's own uid, when no group has it. Subordinate ids: the lowest
 * free run of SUB_UID_COUNT (65536) from SUB_UID_MIN (100000).
 */
import type { LoginDefs } from "./login-defs.js";
import type { AccountDb } from "./shadow-db.js";

export type IdKind = "UID" | "GID";

/** a new id, or undefined when the range is full */
export function newId(defs: LoginDefs, kind: IdKind, used: Set<number>, system: boolean, preferred?: number): number | undefined {
  const min = defs.number(`${kind}_MIN`, 1000);
  const max = defs.number(`${kind}_MAX`, 60000);
  const sysMin = defs.number(`SYS_${kind}_MIN`, 101);
  const sysMax = defs.number(`SYS_${kind}_MAX`, min - 1);
  const [lo, hi] = system ? [sysMin, sysMax] : [min, max];
  if (preferred !== undefined && preferred >= lo && preferred <= hi && !used.has(preferred)) return preferred;
  if (system) {
    for (let id = hi; id >= lo; id--) if (!used.has(id)) return id;
    return undefined;
  }
  let top = lo - 1;
  for (const id of used) if (id >= lo && id <= hi && id > top) top = id;
  if (top < hi) return top + 1;
  for (let id = lo; id <= hi; id++) if (!used.has(id)) return id;
  return undefined;
}

/** the first id of a free run of subordinate ids, given the runs taken ([start, count]) */
export function newSubIds(defs: LoginDefs, kind: IdKind, taken: [number, number][]): number | undefined {
  const min = defs.number(`SUB_${kind}_MIN`, 100000);
  const max = defs.number(`SUB_${kind}_MAX`, 600100000);
  const count = subIdCount(defs, kind);
  let start = min;
  for (const [s, c] of [...taken].sort((a, b) => a[0] - b[0])) {
    if (s + c <= start) continue;
    if (s >= start + count) break;
    start = s + c;
  }
  return start + count - 1 <= max ? start : undefined;
}

export function subIdCount(defs: LoginDefs, kind: IdKind): number {
  return defs.number(`SUB_${kind}_COUNT`, 65536);
}

/** Give `name` its runs of subordinate uids and gids, in /etc/subuid and /etc/subgid where they exist (useradd, adduser). */
export function addSubIds(db: AccountDb, defs: LoginDefs, name: string): void {
  for (const [file, kind] of [["subuid", "UID"], ["subgid", "GID"]] as const) {
    const t = db.table(file);
    if (!t.exists) continue;
    const taken = t.records().map((f) => [Number(f[1]), Number(f[2])] as [number, number]);
    const start = newSubIds(defs, kind, taken);
    if (start !== undefined) t.add([name, String(start), String(subIdCount(defs, kind))]);
  }
}
