/**
 * The longest common subsequence of two line sequences, as diff's change
 * list, chosen the way GNU diff's analyze.c chooses among equally short
 * ones: the identical head and tail set aside, lines matching nothing in the
 * other file (and runs of lines matching very many) discarded from the
 * search (discard_confusing_lines), Myers' O((N+M)D) search in linear space
 * (compareseq / diag: a forward and a backward search meet in a middle
 * snake), then each run of changes slid to its final place
 * (shift_boundaries). Lines are compared by key (diff's -i/-w/-b folding is
 * the caller's). Work is bounded as GNU's is: a search past `tooExpensive`
 * rounds settles for the furthest-reaching diagonal, and every round is
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
  // the identical head and tail are set aside, as GNU's find_identical_ends does
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  const xs = Int32Array.from(a.slice(lo, ea), id);
  const ys = Int32Array.from(b.slice(lo, eb), id);
  // changed[f][i]: line i of the middle is not in the common subsequence
  const changedA = new Uint8Array(xs.length + 2);
  const changedB = new Uint8Array(ys.length + 2);
  const [ux, rx, uy, ry] = discardConfusingLines(xs, ys, ids.size, changedA, changedB);
  const n = ux.length;
  const m = uy.length;
  let diags = n + m + 3;
  let tooExpensive = 1;
  for (; diags !== 0; diags >>>= 2) tooExpensive <<= 1;
  const size = n + m + 3;
  const ctx: Ctx = {
    x: ux,
    y: uy,
    fd: new Int32Array(2 * size + 2),
    bd: new Int32Array(2 * size + 2),
    off: m + 1,
    tooExpensive: Math.max(4096, tooExpensive),
    keepA: new Uint8Array(n).fill(1),
    keepB: new Uint8Array(m).fill(1),
    charge: opts.charge,
  };
  compareseq(ctx, 0, n, 0, m, false);
  for (let i = 0; i < n; i++) if (!ctx.keepA[i]) changedA[rx[i] + 1] = 1;
  for (let j = 0; j < m; j++) if (!ctx.keepB[j]) changedB[ry[j] + 1] = 1;
  shiftBoundaries(xs, changedA, changedB);
  shiftBoundaries(ys, changedB, changedA);
  const keepA = new Uint8Array(a.length).fill(1);
  const keepB = new Uint8Array(b.length).fill(1);
  for (let i = 0; i < xs.length; i++) if (changedA[i + 1]) keepA[lo + i] = 0;
  for (let j = 0; j < ys.length; j++) if (changedB[j + 1]) keepB[lo + j] = 0;
  return changesOf(keepA, keepB);
}

/**
 * GNU diff's discard_confusing_lines: lines matching nothing in the other
 * file are changes for sure and stay out of the search; lines matching very
 * many are left out when they sit inside a run of such lines. Marks the
 * discarded lines in `changed` (offset by one, GNU's sentinel) and returns
 * each file's kept lines and their indexes.
 */
function discardConfusingLines(
  xs: Int32Array,
  ys: Int32Array,
  classes: number,
  changedA: Uint8Array,
  changedB: Uint8Array,
): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const files = [xs, ys];
  const counts = [new Int32Array(classes), new Int32Array(classes)];
  for (let f = 0; f < 2; f++) for (const e of files[f]) counts[f][e]++;
  const discarded = [new Uint8Array(xs.length), new Uint8Array(ys.length)];
  for (let f = 0; f < 2; f++) {
    const end = files[f].length;
    const other = counts[1 - f];
    let many = 5;
    let tem = Math.floor(end / 64);
    while ((tem = tem >> 2) > 0) many *= 2;
    for (let i = 0; i < end; i++) {
      const nmatch = other[files[f][i]];
      if (nmatch === 0) discarded[f][i] = 1;
      else if (nmatch > many) discarded[f][i] = 2;
    }
  }
  for (let f = 0; f < 2; f++) {
    const end = files[f].length;
    const d = discarded[f];
    for (let i = 0; i < end; i++) {
      if (d[i] === 2) d[i] = 0;
      else if (d[i] !== 0) {
        let j: number;
        let provisional = 0;
        for (j = i; j < end; j++) {
          if (d[j] === 0) break;
          if (d[j] === 2) ++provisional;
        }
        while (j > i && d[j - 1] === 2) {
          d[--j] = 0;
          --provisional;
        }
        const length = j - i;
        if (provisional * 4 > length) {
          while (j > i) if (d[--j] === 2) d[j] = 0;
        } else {
          let minimum = 1;
          let tem = length >> 2;
          while (0 < (tem >>= 2)) minimum <<= 1;
          minimum++;
          let consec = 0;
          for (j = 0; j < length; j++)
            if (d[i + j] !== 2) consec = 0;
            else if (minimum === ++consec) j -= consec;
            else if (minimum < consec) d[i + j] = 0;
          consec = 0;
          for (j = 0; j < length; j++) {
            if (j >= 8 && d[i + j] === 1) break;
            if (d[i + j] === 2) {
              consec = 0;
              d[i + j] = 0;
            } else if (d[i + j] === 0) consec = 0;
            else consec++;
            if (consec === 3) break;
          }
          i += length - 1;
          consec = 0;
          for (j = 0; j < length; j++) {
            if (j >= 8 && d[i - j] === 1) break;
            if (d[i - j] === 2) {
              consec = 0;
              d[i - j] = 0;
            } else if (d[i - j] === 0) consec = 0;
            else consec++;
            if (consec === 3) break;
          }
        }
      }
    }
  }
  const out: Int32Array[] = [];
  const changed = [changedA, changedB];
  for (let f = 0; f < 2; f++) {
    const kept: number[] = [];
    const real: number[] = [];
    for (let i = 0; i < files[f].length; i++) {
      if (discarded[f][i] === 0) {
        kept.push(files[f][i]);
        real.push(i);
      } else changed[f][i + 1] = 1;
    }
    out.push(Int32Array.from(kept), Int32Array.from(real));
  }
  return [out[0], out[1], out[2], out[3]];
}

/**
 * GNU diff's shift_boundaries: slide each run of changed lines back to merge
 * with the run before it, then forward as far as it goes, then back again to
 * line up with a run in the other file. `changed` and `other` are offset by
 * one (index 0 and the last are GNU's zero sentinels).
 */
function shiftBoundaries(equivs: Int32Array, changedRaw: Uint8Array, otherRaw: Uint8Array): void {
  const changed = (k: number) => changedRaw[k + 1];
  const setChanged = (k: number, v: number) => {
    changedRaw[k + 1] = v;
  };
  const other = (k: number) => otherRaw[k + 1];
  const iEnd = equivs.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < iEnd && !changed(i)) {
      while (other(j++));
      i++;
    }
    if (i === iEnd) break;
    let start = i;
    while (changed(++i));
    while (other(j)) j++;
    let runlength: number;
    let corresponding: number;
    do {
      runlength = i - start;
      while (start && equivs[start - 1] === equivs[i - 1]) {
        setChanged(--start, 1);
        setChanged(--i, 0);
        while (changed(start - 1)) start--;
        while (other(--j));
      }
      corresponding = other(j - 1) ? i : iEnd;
      while (i !== iEnd && equivs[start] === equivs[i]) {
        setChanged(start++, 0);
        setChanged(i++, 1);
        while (changed(i)) i++;
        while (other(++j)) corresponding = i;
      }
    } while (runlength !== i - start);
    while (corresponding < i) {
      setChanged(--start, 1);
      setChanged(--i, 0);
      while (other(--j));
    }
  }
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
