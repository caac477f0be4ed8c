/**
 * The limit match (libxt_limit; a native nftables limit under iptables-nft):
 * --limit N[/second|/minute|/hour|/day] (any prefix of the unit), default
 * 3/hour, --limit-burst 0-10000, default 5. The rate is kept as iptables-nft
 * turns it into an nftables limit and back: a count per unit, normalised
 * the way print_rate shows it ("120/hour" is listed as "2/min").
 */
import type { NfMatch } from "../../../kernel/net/netfilter/types.js";
import { strtouiWhole, x6Parse } from "./options.js";
import type { MatchExtension, ParseEnv } from "./types.js";

type Limit = Extract<NfMatch, { kind: "limit" }>;
type Per = Limit["per"];

const SCALE = 10000;
const UNIT_SECONDS: Record<Per, number> = { day: 86400, hour: 3600, minute: 60, second: 1 };
/** print_rate's table, largest first */
const RATES: [Per, string, number][] = [
  ["day", "day", SCALE * 86400],
  ["hour", "hour", SCALE * 3600],
  ["minute", "min", SCALE * 60],
  ["second", "sec", SCALE],
];

/** libxt_limit parse_rate: the average gap in 1/10000 s, or undefined for a bad rate */
function parseRate(env: ParseEnv, rate: string): number | undefined {
  const slash = rate.indexOf("/");
  let mult = 1;
  if (slash >= 0) {
    const unit = rate.slice(slash + 1).toLowerCase();
    if (unit === "") return undefined;
    const hit = (["second", "minute", "hour", "day"] as Per[]).find((u) => u.startsWith(unit));
    if (!hit) return undefined;
    mult = UNIT_SECONDS[hit];
  }
  const r = Number.parseInt(rate, 10);
  if (!Number.isFinite(r) || r === 0) return undefined;
  const avg = Math.floor((SCALE * mult) / r);
  if (avg === 0) env.fail(`Rate too fast "${rate}"`);
  return avg;
}

/** the unit print_rate (and add_nft_limit) pick for an average gap */
function rateIndex(avg: number): number {
  let i = 1;
  for (; i < RATES.length; i++) {
    const m = RATES[i][2];
    if (avg > m || Math.floor(m / avg) < m % avg) break;
  }
  return i - 1;
}

/** a count per unit as iptables-nft stores it (add_nft_limit) */
function fromAvg(avg: number): { count: number; per: Per } {
  const [per, , m] = RATES[rateIndex(avg)];
  return { count: Math.floor(m / avg), per };
}

/** the average gap a count per unit means (nft_parse_limit) */
function avgOf(l: Limit): number {
  return Math.floor((SCALE * UNIT_SECONDS[l.per]) / l.count);
}

function rateText(l: Limit): string {
  const avg = avgOf(l);
  const [, name, m] = RATES[rateIndex(avg)];
  return `${Math.floor(m / avg)}/${name}`;
}

export const limit: MatchExtension<"limit"> = {
  name: "limit",
  kind: "limit",
  options: [
    { name: "limit", id: 0, arg: true },
    { name: "limit-burst", id: 1, arg: true },
  ],
  help: `limit match options:
--limit avg			max average match rate: default 3/hour
                                [Packets per second unless followed by 
                                /sec /minute /hour /day postfixes]
--limit-burst number		number to match in a burst, default 5
`,
  init: () => ({ kind: "limit", count: 3, per: "hour", burst: 5 }),
  parse(call) {
    x6Parse(limit, call);
    const { opt, arg, env, data } = call;
    if (opt.id === 0) {
      const avg = parseRate(env, arg);
      if (avg === undefined) return env.fail(`bad rate "${arg}"'`);
      Object.assign(data, fromAvg(avg));
    } else {
      const b = strtouiWhole(arg, 0, 10000);
      if (b === undefined) return env.fail(`limit: bad value for option "--limit-burst", or out of range (0-10000).\n`);
      data.burst = b;
    }
    if (call.invert) env.fail("limit does not support invert");
  },
  print: (data) => ` limit: avg ${rateText(data)} burst ${data.burst}`,
  save: (data) => ` --limit ${rateText(data)}${data.burst !== 5 ? ` --limit-burst ${data.burst}` : ""}`,
};
