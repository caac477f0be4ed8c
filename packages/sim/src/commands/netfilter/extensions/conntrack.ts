/**
 * The state and conntrack matches (libxt_state, libxt_conntrack): a list
 * of connection states, matched by unique-prefix names case-insensitively
 * ("est" is ESTABLISHED). iptables 1.8.9 stores `-m state` as the conntrack
 * match flagged as an alias, so both print through conntrack's printer:
 * " state NEW,ESTABLISHED", " ! state INVALID", " ctstate RELATED,ESTABLISHED".
 * Of conntrack's other options only --ctstate is simulated.
 */
import type { NfCtState } from "../../../kernel/net/netfilter/types.js";
import { x6Check, x6Parse } from "./options.js";
import type { MatchExtension, ParseEnv } from "./types.js";

/** the order the printers list states in */
const PRINT_ORDER: NfCtState[] = ["INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED", "SNAT", "DNAT"];
/** the order names are tried when parsing (a prefix takes the first) */
const STATE_NAMES: NfCtState[] = ["INVALID", "NEW", "ESTABLISHED", "RELATED", "UNTRACKED"];
const CTSTATE_NAMES: NfCtState[] = [...STATE_NAMES, "SNAT", "DNAT"];

function parseStates(env: ParseEnv, text: string, names: NfCtState[], opt: string, bad: string): NfCtState[] {
  const found = new Set<NfCtState>();
  const one = (part: string, rest: string) => {
    const hit = part === "" ? undefined : names.find((n) => n.toLowerCase().startsWith(part.toLowerCase()));
    if (!hit) return env.fail(`${bad} "${rest}"`);
    found.add(hit);
  };
  let arg = text;
  for (let comma = arg.indexOf(","); comma >= 0; comma = arg.indexOf(",")) {
    one(arg.slice(0, comma), arg);
    arg = arg.slice(comma + 1);
  }
  if (arg === "") env.fail(`"--${opt}" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED`);
  one(arg, arg);
  return PRINT_ORDER.filter((s) => found.has(s));
}

export const state: MatchExtension<"state"> = {
  name: "state",
  kind: "state",
  options: [{ name: "state", id: 0, arg: true, mand: true, invert: true }],
  help: `state match options:
 [!] --state [INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED][,...]
				State(s) to match
`,
  init: () => ({ kind: "state", states: [], invert: false }),
  parse(call) {
    x6Parse(state, call);
    call.data.states = parseStates(call.env, call.arg, STATE_NAMES, "state", "Bad state");
    call.data.invert = call.invert;
  },
  check: (_data, xflags, env) => x6Check(state, xflags, env),
  print: (data) => `${data.invert ? " !" : ""} state ${data.states.join(",")}`,
  save: (data) => `${data.invert ? " !" : ""} --state ${data.states.join(",")}`,
};

const CT_OTHER = ["ctproto", "ctorigsrc", "ctorigdst", "ctreplsrc", "ctrepldst", "ctstatus", "ctexpire", "ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport", "ctdir"];

export const conntrack: MatchExtension<"conntrack"> = {
  name: "conntrack",
  kind: "conntrack",
  options: [
    { name: "ctstate", id: 0, arg: true, invert: true },
    ...CT_OTHER.map((name, i) => ({ name, id: i + 1, arg: true, invert: name !== "ctdir" })),
  ],
  help: `conntrack match options:
[!] --ctstate {INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED|SNAT|DNAT}[,...]
                               State(s) to match
[!] --ctproto proto            Protocol to match; by number or name, e.g. "tcp"
[!] --ctorigsrc address[/mask]
[!] --ctorigdst address[/mask]
[!] --ctreplsrc address[/mask]
[!] --ctrepldst address[/mask]
                               Original/Reply source/destination address
[!] --ctorigsrcport port
[!] --ctorigdstport port
[!] --ctreplsrcport port
[!] --ctrepldstport port
                               TCP/UDP/SCTP orig./reply source/destination port
[!] --ctstatus {NONE|EXPECTED|SEEN_REPLY|ASSURED|CONFIRMED}[,...]
                               Status(es) to match
[!] --ctexpire time[:time]     Match remaining lifetime in seconds against
                               value or range of values (inclusive)
    --ctdir {ORIGINAL|REPLY}   Flow direction of packet
`,
  init: () => ({ kind: "conntrack", ctstate: [], invert: false }),
  parse(call) {
    x6Parse(conntrack, call);
    if (call.opt.id !== 0) call.env.fail(`conntrack: option "--${call.opt.name}" is not simulated in Rootlab yet`);
    call.data.ctstate = parseStates(call.env, call.arg, CTSTATE_NAMES, "ctstate", "Bad ctstate");
    call.data.invert = call.invert;
  },
  check(_data, xflags, env) {
    if (xflags === 0) env.fail("conntrack: At least one option is required");
  },
  print: (data) => `${data.invert ? " !" : ""} ctstate ${data.ctstate.join(",")}`,
  save: (data) => `${data.invert ? " !" : ""} --ctstate ${data.ctstate.join(",")}`,
};
