/**
 * awk's associative arrays, kept the way mawk 1.3.4 keeps them, so that
 * `for (k in a)` visits the keys in the order mawk's does (its hash order,
 * which scripts and learners see): what split() makes is a plain vector;
 * other arrays are a hash table of 64 buckets (doubled, each list split in
 * two keeping its order, when there are more than 12 entries a bucket on
 * average) with two chains per bucket, one by integer value and one by the
 * string's FNV-1 hash, every lookup moving the entry it finds to the front
 * of its chain. An integer-valued subscript is found by value while the
 * table has no string keys; once one is asked for by string, every entry
 * gets its string form. A loop takes the keys bucket by bucket down the
 * string chains, and works on that snapshot.
 */
import { MAX_INT, numToStr, StrNum, type Value } from "./values.js";

const NOT_AN_IVALUE = -MAX_INT - 1;
const STARTING_HMASK = 63;
const MAX_AVE_LIST_LENGTH = 12;

interface Entry {
  sval?: string;
  hval: number;
  ival: number;
  value: Value;
  slink?: Entry;
  ilink?: Entry;
}

/** FNV-1 over the bytes of s */
function fnv1(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i) & 255;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** mawk's d_to_I: a double clamped into its Int range */
function dToI(d: number): number {
  if (d >= MAX_INT) return MAX_INT;
  if (d > -MAX_INT) return Math.trunc(d);
  return -MAX_INT;
}

export class AwkArray {
  /** 0: empty, 1: a split() vector, 2: a hash table */
  private mode: 0 | 1 | 2 = 0;
  private vector: Value[] = [];
  private hasInt = false;
  private hasStr = false;
  private hmask = 0;
  private limit = 0;
  private slists: (Entry | undefined)[] = [];
  private ilists: (Entry | undefined)[] = [];
  size = 0;

  constructor(private readonly convfmt: () => string) {}

  get(key: Value): Value {
    return this.find(key, true)!.value;
  }

  /** the entry's holder, created when missing */
  cell(key: Value): { value: Value } {
    return this.find(key, true)!;
  }

  set(key: Value, v: Value): void {
    this.find(key, true)!.value = v;
  }

  has(key: Value): boolean {
    return this.find(key, false) !== undefined;
  }

  clear(): void {
    this.mode = 0;
    this.vector = [];
    this.hasInt = this.hasStr = false;
    this.slists = [];
    this.ilists = [];
    this.size = 0;
  }

  /** what split() leaves: elements 1..n */
  load(values: Value[]): void {
    this.clear();
    this.mode = 1;
    this.vector = values;
    this.size = values.length;
  }

  /** the keys a for-in loop visits, in mawk's order */
  keys(): string[] {
    if (this.size === 0) return [];
    if (!this.hasStr) this.addStringAssociations();
    const out: string[] = [];
    for (let i = 0; i <= this.hmask; i++) for (let p = this.slists[i]; p; p = p.slink) out.push(p.sval!);
    return out;
  }

  delete(key: Value): void {
    if (this.size === 0) return;
    if (typeof key === "number") {
      const ival = dToI(key);
      if (ival === key) {
        if (this.mode === 1) {
          if (ival >= 1 && ival <= this.size) this.vectorToTable();
          else return;
        }
        const p = this.findByIval(ival, false);
        if (!p) return;
        // found: it is at the front of its integer chain
        this.ilists[ival & this.hmask] = p.ilink;
        if (p.sval !== undefined) this.unlinkS(p);
        if (--this.size === 0) this.clear();
        return;
      }
    }
    const p = this.findBySval(this.keyString(key), false);
    if (!p) return;
    this.slists[p.hval & this.hmask] = p.slink;
    if (p.ival !== NOT_AN_IVALUE) this.unlinkI(p);
    if (--this.size === 0) this.clear();
  }

  private keyString(key: Value): string {
    if (key === undefined) return "";
    if (typeof key === "string") return key;
    if (key instanceof StrNum) return key.s;
    return numToStr(key, this.convfmt());
  }

  private unlinkS(p: Entry): void {
    const b = p.hval & this.hmask;
    let q: Entry | undefined;
    let r = this.slists[b];
    while (r && r !== p) {
      q = r;
      r = r.slink;
    }
    if (!r) return;
    if (q) q.slink = p.slink;
    else this.slists[b] = p.slink;
  }

  private unlinkI(p: Entry): void {
    const b = p.ival & this.hmask;
    let q: Entry | undefined;
    let r = this.ilists[b];
    while (r && r !== p) {
      q = r;
      r = r.ilink;
    }
    if (!r) return;
    if (q) q.ilink = p.ilink;
    else this.ilists[b] = p.ilink;
  }

  private find(key: Value, create: boolean): { value: Value } | undefined {
    if (this.size === 0 && !create) return undefined;
    if (typeof key === "number") {
      const ival = dToI(key);
      if (ival === key) {
        if (this.mode === 1) {
          if (ival >= 1 && ival <= this.size) return this.vectorCell(ival - 1);
          if (!create) return undefined;
          this.vectorToTable();
        } else if (this.mode === 0) this.makeEmptyTable("int");
        return this.findByIval(ival, create);
      }
    }
    return this.findBySval(this.keyString(key), create);
  }

  private vectorCell(i: number): { value: Value } {
    const vec = this.vector;
    return {
      get value() {
        return vec[i];
      },
      set value(v: Value) {
        vec[i] = v;
      },
    };
  }

  private makeEmptyTable(kind: "int" | "str"): void {
    this.mode = 2;
    this.hasInt = kind === "int";
    this.hasStr = kind === "str";
    this.hmask = STARTING_HMASK;
    this.limit = (STARTING_HMASK + 1) * MAX_AVE_LIST_LENGTH;
    this.slists = new Array(STARTING_HMASK + 1).fill(undefined);
    this.ilists = new Array(STARTING_HMASK + 1).fill(undefined);
  }

  private vectorToTable(): void {
    const cells = this.vector;
    this.hmask = STARTING_HMASK;
    this.limit = (this.hmask + 1) * MAX_AVE_LIST_LENGTH;
    while (this.size > this.limit) {
      this.hmask = this.hmask * 2 + 1;
      this.limit = (this.hmask + 1) * MAX_AVE_LIST_LENGTH;
    }
    this.slists = new Array(this.hmask + 1).fill(undefined);
    this.ilists = new Array(this.hmask + 1).fill(undefined);
    for (let i = 0; i < this.size; i++) {
      const j = (i + 1) & this.hmask;
      const p: Entry = { ival: i + 1, hval: 0, value: cells[i], ilink: this.ilists[j] };
      this.ilists[j] = p;
    }
    this.vector = [];
    this.mode = 2;
    this.hasInt = true;
    this.hasStr = false;
  }

  private addStringAssociations(): void {
    if (this.mode === 0) {
      this.makeEmptyTable("str");
      return;
    }
    if (this.mode === 1) this.vectorToTable();
    for (let i = 0; i <= this.hmask; i++) {
      for (let p = this.ilists[i]; p; p = p.ilink) {
        p.sval = String(p.ival);
        p.hval = fnv1(p.sval);
        const b = p.hval & this.hmask;
        p.slink = this.slists[b];
        this.slists[b] = p;
      }
    }
    this.hasStr = true;
  }

  private findByIval(ival: number, create: boolean): Entry | undefined {
    let b = ival & this.hmask;
    let p = this.ilists[b];
    let q: Entry | undefined;
    while (p) {
      if (p.ival === ival) {
        if (!q) return p;
        q.ilink = p.ilink;
        p.ilink = this.ilists[b];
        this.ilists[b] = p;
        return p;
      }
      q = p;
      p = p.ilink;
    }
    if (this.hasStr) {
      p = this.findBySval(String(ival), create);
      if (!p) return undefined;
      b = ival & this.hmask;
    } else if (create) {
      p = { ival, hval: 0, value: undefined };
      if (++this.size > this.limit) {
        this.double();
        b = ival & this.hmask;
      }
    } else return undefined;
    p.ival = ival;
    this.hasInt = true;
    p.ilink = this.ilists[b];
    this.ilists[b] = p;
    return p;
  }

  private findBySval(sval: string, create: boolean): Entry | undefined {
    if (!this.hasStr) this.addStringAssociations();
    const hval = fnv1(sval);
    let b = hval & this.hmask;
    let p = this.slists[b];
    let q: Entry | undefined;
    while (p) {
      if (p.hval === hval && p.sval === sval) {
        if (!q) return p;
        q.slink = p.slink;
        p.slink = this.slists[b];
        this.slists[b] = p;
        return p;
      }
      q = p;
      p = p.slink;
    }
    if (!create) return undefined;
    p = { sval, hval, ival: NOT_AN_IVALUE, value: undefined };
    if (++this.size > this.limit) {
      this.double();
      b = hval & this.hmask;
    }
    p.slink = this.slists[b];
    this.slists[b] = p;
    return p;
  }

  /** twice the buckets: each list splits in two, order kept, the movers to bucket i + old size */
  private double(): void {
    const old = this.hmask;
    const nmask = old * 2 + 1;
    for (let i = 0; i <= old; i++) {
      this.slists.push(undefined);
      this.ilists.push(undefined);
    }
    for (let i = 0; i <= old; i++) {
      if (this.hasStr) {
        const stay: Entry[] = [];
        const move: Entry[] = [];
        for (let p = this.slists[i]; p; p = p.slink) ((p.hval & nmask) !== i ? move : stay).push(p);
        this.slists[i] = chain(stay, "slink");
        this.slists[i + old + 1] = chain(move, "slink");
      }
      if (this.hasInt) {
        const stay: Entry[] = [];
        const move: Entry[] = [];
        for (let p = this.ilists[i]; p; p = p.ilink) (((p.ival & nmask) >>> 0) !== i ? move : stay).push(p);
        this.ilists[i] = chain(stay, "ilink");
        this.ilists[i + old + 1] = chain(move, "ilink");
      }
    }
    this.hmask = nmask;
    this.limit = (nmask + 1) * MAX_AVE_LIST_LENGTH;
  }
}

function chain(list: Entry[], link: "slink" | "ilink"): Entry | undefined {
  for (let k = 0; k < list.length; k++) list[k][link] = list[k + 1];
  return list[0];
}
