/**
 * The recordings of conntrack(8), /proc/net/nf_conntrack and hping3
 * (commands/netfilter/fixtures/, made by its rec.sh), read for the tests.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Fixture, parseFixture } from "../commands/net/test-support.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../commands/netfilter/fixtures");

export function fixture(name: string): Fixture {
  return parseFixture(readFileSync(join(FIXTURES, `${name}.txt`), "utf8"));
}

/** fixture names (without .txt) starting with `prefix` */
export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".txt"))
    .map((f) => f.slice(0, -4));
}
