/**
 * The longest common subsequence of two line sequences, as diff's change
 * list: Myers' O((N+M)D) algorithm in linear space, the way GNU diff's
 * analyze.c runs it (compareseq / diag: a forward and a backward search meet
 * in a middle snake, and each half is solved again). Lines are compared by
 * key (diff's -i/-w/-b folding is the caller's). Work is bounded as GNU's is:
 * a search that has gone past `tooExpensive` rounds settles for the
 * furthest-reaching diagonal instead of an optimal split, and every round is
 * charged to the caller (proc.budget).
 */

/** lines a[a0..a1) are replaced by b[b0..b1) (either side may be empty) */
export interface Change {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export interface LcsOptions {
  /** called with the work done, in diagonals visited (proc.budget.charge) */
  charge?: (steps: number) => void;
}

interface Ctx {
  x: Int32Array;
  y: Int32Array;
  fd: Int32Array;
  bd: Int32Array;
  /** offset making diagonal indices (x - y, down to -(M+1)) non-negative */
  off: number;
  tooExpensive: number;
  keepA: Uint8Array;
  keepB: Uint8Array;
  charge?: (steps: number) => void;
}

/** Changes turning `a` into `b`, in order, none empty, none adjacent. */
export function diffSequences(a: readonly string[], b: readonly string[], opts: LcsOptions = {}): Change[] {
  // lines as numbers: equal keys, equal numbers
  const ids = new Map<string, number>();
  const id = (k: string) => {
    let v = ids.get(k);
    if (v === undefined) ids.set(k, (v = ids.size));
    return v;
  };
  const n = a.length;
  const m = b.length;
  let diags = n + m + 3;
  let tooExpensive = 1;
  for (; diags !== 0; diags >>>= 2) tooExpensive <<= 1;
  const size = n + m + 3;
  const ctx: Ctx = {
    x: Int32Array.from(a, id),
    y: Int32Array.from(b, id),
    fd: new Int32Array(2 * size + 2),
    bd: new Int32Array(2 * size + 2),
    off: m + 1,
    tooExpensive: Math.max(4096, tooExpensive),
    keepA: new Uint8Array(n).fill(1),
    keepB: new Uint8Array(m).fill(1),
    charge: opts.charge,
  };
  compareseq(ctx, 0, n, 0, m, false);
  return changesOf(ctx.keepA, ctx.keepB);
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

function compareseq(c: Ctx, xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): void {
  const { x: xv, y: yv } = c;
  while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) {
    xoff++;
    yoff++;
  }
  while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) {
    xlim--;
    ylim--;
  }
  if (xoff === xlim) c.keepB.fill(0, yoff, ylim);
  else if (yoff === ylim) c.keepA.fill(0, xoff, xlim);
  else {
    const p = diag(c, xoff, xlim, yoff, ylim, minimal);
    compareseq(c, xoff, p.xmid, yoff, p.ymid, p.loMinimal);
    compareseq(c, p.xmid, xlim, p.ymid, ylim, p.hiMinimal);
  }
}

interface Partition {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

/** GNU diff's diag(): the middle snake of a[xoff..xlim) × b[yoff..ylim) */
function diag(c: Ctx, xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): Partition {
  const { x: xv, y: yv, off } = c;
  const fd = c.fd;
  const bd = c.bd;
  const BIG = 0x7fffffff;
  const dmin = xoff - ylim;
  const dmax = xlim - yoff;
  const fmid = xoff - yoff;
  const bmid = xlim - ylim;
  let fmin = fmid;
  let fmax = fmid;
  let bmin = bmid;
  let bmax = bmid;
  const odd = ((fmid - bmid) & 1) !== 0;
  fd[off + fmid] = xoff;
  bd[off + bmid] = xlim;
  for (let cost = 1; ; cost++) {
    c.charge?.(fmax - fmin + bmax - bmin + 2);
    if (fmin > dmin) fd[off + --fmin - 1] = -1;
    else ++fmin;
    if (fmax < dmax) fd[off + ++fmax + 1] = -1;
    else --fmax;
    for (let d = fmax; d >= fmin; d -= 2) {
      const tlo = fd[off + d - 1];
      const thi = fd[off + d + 1];
      let x = tlo < thi ? thi : tlo + 1;
      let y = x - d;
      while (x < xlim && y < ylim && xv[x] === yv[y]) {
        x++;
        y++;
      }
      fd[off + d] = x;
      if (odd && bmin <= d && d <= bmax && bd[off + d] <= x) return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
    }
    if (bmin > dmin) bd[off + --bmin - 1] = BIG;
    else ++bmin;
    if (bmax < dmax) bd[off + ++bmax + 1] = BIG;
    else --bmax;
    for (let d = bmax; d >= bmin; d -= 2) {
      const tlo = bd[off + d - 1];
      const thi = bd[off + d + 1];
      let x = tlo < thi ? tlo : thi - 1;
      let y = x - d;
      while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
        x--;
        y--;
      }
      bd[off + d] = x;
      if (!odd && fmin <= d && d <= fmax && x <= fd[off + d]) return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
    }
    if (minimal || cost < c.tooExpensive) continue;
    // too expensive: the forward diagonal reaching furthest, or the backward one
    let fxybest = -1;
    let fxbest = 0;
    for (let d = fmax; d >= fmin; d -= 2) {
      let x = Math.min(fd[off + d], xlim);
      let y = x - d;
      if (ylim < y) {
        x = ylim + d;
        y = ylim;
      }
      if (fxybest < x + y) {
        fxybest = x + y;
        fxbest = x;
      }
    }
    let bxybest = BIG;
    let bxbest = 0;
    for (let d = bmax; d >= bmin; d -= 2) {
      let x = Math.max(xoff, bd[off + d]);
      let y = x - d;
      if (y < yoff) {
        x = yoff + d;
        y = yoff;
      }
      if (x + y < bxybest) {
        bxybest = x + y;
        bxbest = x;
      }
    }
    if (xlim + ylim - bxybest < fxybest - (xoff + yoff))
      return { xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false };
    return { xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true };
  }
}
