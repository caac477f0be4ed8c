/**
 * Drawing a learner's parameter values from their variant seed.
 *
 * Stability matters more than anything here: an attempt stored today is
 * replayed later with the same seed, so this algorithm must never change
 * (draw.test.ts pins its output). Each parameter is drawn from its own
 * stream, seeded by (variant seed, parameter name): a parameter declared
 * with the same name and spec in several exercises gets the same value for
 * the same learner, so a lesson's exercises can build on one another.
 */
import { formatIpv4, hostRange, parseIpv4 } from "./ipv4.js";
import type { ParamSpec, Params } from "./params.js";

/** A learner's variant seed (uint32) from a stable key: their user id, or a random id a browser keeps. */
export function variantSeedFor(learnerKey: string): number {
  return fnv1a(learnerKey);
}

/** FNV-1a, 32 bits, over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a tiny, well-mixed 32-bit generator; `int(n)` is uniform in [0, n). */
function stream(seed: number): { int(n: number): number } {
  let a = seed >>> 0;
  return {
    int(n: number): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      return Math.floor(u * n);
    },
  };
}

/** tries at random before scanning for a free address: bounds the draw in a crowded subnet */
const RANDOM_TRIES = 32;

/**
 * The values of `params` for `variantSeed`, as template names -> strings.
 * `taken` holds addresses no ipv4 parameter may get (the lab's own); it is
 * not modified. Throws if a subnet has no free address left (the schema's
 * check of the defaults makes that an authoring error caught early).
 */
export function drawValues(params: Params, variantSeed: number, taken: ReadonlySet<string>): Record<string, string> {
  const used = new Set(taken);
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(params)) {
    const rng = stream(fnv1a(`${variantSeed >>> 0}:${name}`));
    assign(values, name, drawOne(spec, rng, used));
  }
  return values;
}

/** The values of one variant: `seed` null is the default variant. Throws a RangeError for a seed that is not a uint32. */
export function valuesForSeed(params: Params, seed: number | null, taken: ReadonlySet<string>): Record<string, string> {
  if (seed === null) return defaultValues(params);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`variant seed ${seed} is not a uint32`);
  return drawValues(params, seed, taken);
}

/** The default values: what a lesson shows when no learner seed is known. */
export function defaultValues(params: Params): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(params)) {
    const v = spec.kind === "choice" ? spec.values[0] : String(spec.default);
    assign(values, name, v);
  }
  return values;
}

function assign(values: Record<string, string>, name: string, v: string | Record<string, string>): void {
  if (typeof v === "string") values[name] = v;
  else for (const [k, s] of Object.entries(v)) values[`${name}.${k}`] = s;
}

function drawOne(spec: ParamSpec, rng: { int(n: number): number }, used: Set<string>): string | Record<string, string> {
  switch (spec.kind) {
    case "int":
      return String(spec.min + rng.int(spec.max - spec.min + 1));
    case "choice":
      return spec.values[rng.int(spec.values.length)];
    case "ipv4": {
      const [first, last] = hostRange(spec.subnet);
      const avoid = new Set([...used, ...spec.avoid]);
      const size = last - first + 1;
      let pick: number | undefined;
      for (let i = 0; i < RANDOM_TRIES && pick === undefined; i++) {
        const n = first + rng.int(size);
        if (!avoid.has(formatIpv4(n))) pick = n;
      }
      // Crowded subnet: take the next free address after a random start.
      const start = rng.int(size);
      for (let i = 0; i < size && pick === undefined; i++) {
        const n = first + ((start + i) % size);
        if (!avoid.has(formatIpv4(n))) pick = n;
      }
      if (pick === undefined) throw new Error(`no free address left in ${spec.subnet}`);
      const addr = formatIpv4(pick);
      used.add(addr);
      return addr;
    }
  }
}

/** Whether `addr` is a host address of `subnet`. */
export function inSubnet(addr: string, subnet: string): boolean {
  const [first, last] = hostRange(subnet);
  const n = parseIpv4(addr);
  return n >= first && n <= last;
}
