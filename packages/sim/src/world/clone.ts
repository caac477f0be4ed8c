/**
 * A deep copy of plain JSON state (objects, arrays, strings, numbers,
 * booleans, null). Strings are immutable, so the copy shares them: forking a
 * world whose disk holds many files costs the object skeleton, not the file
 * contents (about 6x faster than structuredClone on a lab's state). Keys are
 * copied as own properties even when named "__proto__" (a learner can create a
 * file called that). An object that cannot change (frozen, or declared
 * shared by its owner with `markShared`) is not copied: the copy shares it.
 * That is how copies of a world share a filesystem's inodes (fs/vfs.ts,
 * `shareInodes`), whose owner copies one only when it writes it.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== "object" || value === null || isShared(value)) return value;
  if (Array.isArray(value)) {
    // slice keeps the array's element kind (packed, not holey); only its objects need copies of their own
    const out = value.slice();
    for (let i = 0; i < out.length; i++) {
      const v = out[i];
      if (typeof v === "object" && v !== null) out[i] = cloneJson(v);
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    let v = (value as Record<string, unknown>)[key];
    if (typeof v === "object" && v !== null) v = cloneJson(v);
    if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}

/** objects their owner will never change again (it changes a copy instead) */
const sharedObjects = new WeakSet<object>();

/**
 * Declare that `value` will not change from now on: whoever owns it copies
 * it before changing it, so `cloneJson` may share it. For an object that
 * freezing would slow down (V8 turns a frozen object's integer-keyed
 * properties into a dictionary).
 */
export function markShared(value: object): void {
  sharedObjects.add(value);
}

/** whether copies may share `value` (frozen, or `markShared`) */
export function isShared(value: object): boolean {
  return Object.isFrozen(value) || sharedObjects.has(value);
}
