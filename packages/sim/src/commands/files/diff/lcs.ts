/**
 * The longest common subsequence of two line sequences, as diff's change
 * list: Myers' O((N+M)D) greedy algorithm (the one GNU diff is built on),
 * after the common head and tail are set aside. Lines are compared by key
 * (diff's -i/-w/-b folding is done by the caller). Work is bounded: each
 * round of the search is charged to the caller, and past `maxCost` the
 * middle that is still open becomes one change, as GNU diff's "too
 * expensive" heuristic gives up on an optimal script.
 */

/** lines a[a0..a1) are replaced by b[b0..b1) (either side may be empty) */
export interface Change {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export interface LcsOptions {
  /** called with the work done so far in steps (proc.budget.charge) */
  charge?: (steps: number) => void;
  /** past this many diagonal steps the rest is one change */
  maxCost?: number;
}

/** Changes turning `a` into `b`, in order, none empty, none adjacent. */
export function diffSequences(a: readonly string[], b: readonly string[], opts: LcsOptions = {}): Change[] {
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  // 1 where the line of a (of b) is kept
  const keepA = new Uint8Array(a.length).fill(1);
  const keepB = new Uint8Array(b.length).fill(1);
  const ok = myers(a, b, lo, ea, lo, eb, keepA, keepB, opts);
  if (!ok) {
    keepA.fill(0, lo, ea);
    keepB.fill(0, lo, eb);
  }
  return changesOf(keepA, keepB);
}

/** Walk both keep-maps together and collect the runs of dropped lines. */
function changesOf(keepA: Uint8Array, keepB: Uint8Array): Change[] {
  const out: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < keepA.length || j < keepB.length) {
    if (i < keepA.length && j < keepB.length && keepA[i] && keepB[j]) {
      i++;
      j++;
      continue;
    }
    const a0 = i;
    const b0 = j;
    while (i < keepA.length && !keepA[i]) i++;
    while (j < keepB.length && !keepB[j]) j++;
    out.push({ a0, a1: i, b0, b1: j });
  }
  return out;
}

/**
 * Myers' forward search on a[a0..a1) against b[b0..b1), recording every
 * round's frontier to walk the path back. Marks the lines not on the path
 * as dropped. Returns false when the search went past its budget.
 */
function myers(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  keepA: Uint8Array,
  keepB: Uint8Array,
  opts: LcsOptions,
): boolean {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) {
    keepA.fill(0, a0, a1);
    keepB.fill(0, b0, b1);
    return true;
  }
  const max = n + m;
  const off = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  const maxCost = opts.maxCost ?? 4_000_000;
  let cost = 0;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    cost += d + 1;
    opts.charge?.(d + 1);
    if (cost > maxCost) return false;
    for (let k = -d; k <= d; k += 2) {
      // prefer a deletion (moving down in a) when the two are equally far
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(off - d - 1, off + d + 2));
  }
  // walk back from (n, m)
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1];
    const at = (k: number) => prev[k + d];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const pk = down ? k + 1 : k - 1;
    const px = at(pk);
    const py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
      x--;
      y--;
    }
    if (down) keepB[b0 + py] = 0;
    else keepA[a0 + px] = 0;
    x = px;
    y = py;
  }
  return true;
}
