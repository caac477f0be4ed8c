/**
 * Netfilter's state as plain JSON records: the x_tables rulesets iptables
 * edits and the connection tracking table. This file is the contract between
 * the packet path (hooks, conntrack, NAT: kernel/net/netfilter/), the ruleset
 * edits (ruleset.ts, the kernel side of iptables' calls) and the userland
 * programs that print it (iptables, iptables-save, conntrack, /proc/net).
 *
 * Names follow the kernel and iptables: struct ipt_ip's fields for the base
 * match, the extension names for matches and targets ("tcp", "state",
 * "MASQUERADE"), nf_conntrack's tuple/status/state words.
 *
 * Everything is lost at reboot with the rest of the kernel state; Debian's
 * netfilter-persistent restores /etc/iptables/rules.v4 at boot.
 */
import type { IpProto } from "../packet/types.js";

export type NfTableName = "filter" | "nat" | "mangle" | "raw";

/** the five hooks (NF_INET_*) */
export type NfHookName = "PREROUTING" | "INPUT" | "FORWARD" | "OUTPUT" | "POSTROUTING";

/** built-in chains per table, in the order iptables lists them */
export const BUILTIN_CHAINS: Record<NfTableName, readonly NfHookName[]> = {
  raw: ["PREROUTING", "OUTPUT"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  filter: ["INPUT", "FORWARD", "OUTPUT"],
};

/** tables in the order the kernel calls them at a hook (by priority) */
export const TABLE_PRIORITY: readonly NfTableName[] = ["raw", "mangle", "nat", "filter"];

export interface NfCounters {
  packets: number;
  bytes: number;
}

/** an address match (`-s 10.0.0.0/8`, `! -d 1.2.3.4`); 0.0.0.0/0 is stored as absent */
export interface NfAddrMatch {
  /** network address, dotted quad (iptables masks what the user typed: 10.1.2.3/8 → 10.0.0.0) */
  addr: string;
  prefixlen: number;
  invert: boolean;
}

/** an interface match (`-i eth0`, `-o eth+`, `! -i lo`); a trailing + is a prefix wildcard */
export interface NfIfaceMatch {
  name: string;
  invert: boolean;
}

/** an inclusive port range; a single port has min === max */
export interface NfPortRange {
  min: number;
  max: number;
}

/** TCP flag names as iptables prints them */
export type NfTcpFlag = "FIN" | "SYN" | "RST" | "PSH" | "ACK" | "URG";

/** conntrack states a rule can match (state and conntrack matches) */
export type NfCtState = "INVALID" | "NEW" | "ESTABLISHED" | "RELATED" | "UNTRACKED" | "SNAT" | "DNAT";

export type NfMatch =
  | {
      kind: "tcp";
      sport?: NfPortRange & { invert: boolean };
      dport?: NfPortRange & { invert: boolean };
      /** --tcp-flags mask comp (`--syn` is SYN,RST,ACK,FIN / SYN) */
      flags?: { mask: NfTcpFlag[]; comp: NfTcpFlag[]; invert: boolean };
    }
  | {
      kind: "udp";
      sport?: NfPortRange & { invert: boolean };
      dport?: NfPortRange & { invert: boolean };
    }
  | {
      kind: "icmp";
      /** absent = any; code range [min, max] as xt_icmp keeps it */
      type?: { type: number; codeMin: number; codeMax: number; invert: boolean };
    }
  | { kind: "state"; states: NfCtState[]; invert: boolean }
  | { kind: "conntrack"; ctstate: NfCtState[]; invert: boolean }
  | {
      kind: "multiport";
      /** which side: --sports, --dports or --ports (either) */
      side: "source" | "destination" | "both";
      ports: NfPortRange[];
      invert: boolean;
    }
  | { kind: "comment"; comment: string }
  | {
      kind: "limit";
      /** average rate: `count` per `per` ("second" | "minute" | "hour" | "day") */
      count: number;
      per: "second" | "minute" | "hour" | "day";
      burst: number;
      /** token bucket, runtime state moved by traffic (xt_limit's credit, in its units) */
      credit?: number;
      prevAt?: number;
    }
  | { kind: "mac"; source: string; invert: boolean };

/** a NAT range (`--to-source 1.2.3.4-1.2.3.9:1024-65535`) */
export interface NfNatRange {
  minIp?: string;
  maxIp?: string;
  minPort?: number;
  maxPort?: number;
}

export type NfTarget =
  /** no -j: the rule only counts */
  | { kind: "none" }
  | { kind: "ACCEPT" }
  | { kind: "DROP" }
  | { kind: "RETURN" }
  /** -j CHAIN (a user chain); goto is -g */
  | { kind: "jump"; chain: string }
  | { kind: "goto"; chain: string }
  /** --reject-with name as iptables prints it, e.g. "icmp-port-unreachable", "tcp-reset" */
  | { kind: "REJECT"; with: string }
  | { kind: "LOG"; prefix?: string; level?: number; tcpSequence?: boolean; tcpOptions?: boolean; ipOptions?: boolean; uid?: boolean }
  | { kind: "MASQUERADE"; toPorts?: NfPortRange; random?: boolean }
  | { kind: "SNAT"; to: NfNatRange[] }
  | { kind: "DNAT"; to: NfNatRange[] }
  | { kind: "REDIRECT"; toPorts?: NfPortRange };

/** one rule: struct ipt_entry, its matches in command-line order, its target */
export interface NfRule {
  /** -p: protocol number (6, 17, 1, ...); absent = all (0) */
  proto?: { num: number; invert: boolean };
  src?: NfAddrMatch;
  dst?: NfAddrMatch;
  in?: NfIfaceMatch;
  out?: NfIfaceMatch;
  /** -f / ! -f */
  fragment?: { invert: boolean };
  matches: NfMatch[];
  target: NfTarget;
  counters: NfCounters;
}

export interface NfChain {
  name: string;
  /** built-in chains only */
  policy?: "ACCEPT" | "DROP";
  /**
   * built-in chains: the policy's counters. Under nft absent until the
   * chain's policy is set or its counters zeroed (a base chain created by
   * a rule has none and its policy counts nothing); always there in legacy.
   */
  counters?: NfCounters;
  rules: NfRule[];
}

export interface NfTable {
  name: NfTableName;
  /**
   * built-in chains first in BUILTIN_CHAINS order, then user chains in
   * creation order. Under nft a built-in chain exists only once a command
   * created it (`-A INPUT` creates INPUT alone): a missing one has no hook,
   * packets pass that hook untouched. Legacy tables have all of them.
   */
  chains: NfChain[];
}

/** one x_tables world: the nft-backed `iptables` or the legacy one */
export interface NfRuleset {
  /** a table exists once a command touched it (a pristine nft box has none: iptables-save prints nothing) */
  tables: Partial<Record<NfTableName, NfTable>>;
}

// --- connection tracking ---------------------------------------------------------

export type CtProto = IpProto;

/** nf_conntrack_tuple: one direction of a connection */
export interface CtTuple {
  src: string;
  dst: string;
  /** tcp/udp ports */
  sport?: number;
  dport?: number;
  /** icmp: type, code, id of the echo */
  type?: number;
  code?: number;
  id?: number;
}

/** TCP conntrack states as conntrack(8) prints them (nf_conntrack_proto_tcp.c tcp_conntrack_names) */
export type CtTcpState =
  | "NONE"
  | "SYN_SENT"
  | "SYN_RECV"
  | "ESTABLISHED"
  | "FIN_WAIT"
  | "CLOSE_WAIT"
  | "LAST_ACK"
  | "TIME_WAIT"
  | "CLOSE"
  | "SYN_SENT2";

/** IPS_* status bits, the ones conntrack(8) shows or NAT needs */
export interface CtStatus {
  /** IPS_SEEN_REPLY: without it conntrack prints [UNREPLIED] */
  seenReply: boolean;
  /** IPS_ASSURED: printed [ASSURED] */
  assured: boolean;
  /** IPS_CONFIRMED: in the table (an unconfirmed entry lives only while its first packet traverses) */
  confirmed: boolean;
  srcNat: boolean;
  dstNat: boolean;
}

export interface CtEntry {
  /** conntrack id (`-o id`) */
  id: number;
  proto: CtProto;
  orig: CtTuple;
  reply: CtTuple;
  /** tcp only */
  tcpState?: CtTcpState;
  status: CtStatus;
  /** virtual ms when the entry dies unless traffic refreshes it */
  expiresAt: number;
  /** virtual ms when created (`-o timestamp`, with nf_conntrack_timestamp) */
  startedAt: number;
  mark: number;
  /** per direction, kept when net.netfilter.nf_conntrack_acct is 1 */
  origCounters: NfCounters;
  replyCounters: NfCounters;
  /**
   * TCP tracking data the state machine needs (last direction/flags seen,
   * window edges for tcp_be_liberal/tcp_loose decisions); owned by the
   * conntrack code, opaque to printers.
   */
  tcp?: Record<string, number | boolean | string>;
  /** udp: virtual ms after which traffic both ways makes the flow a stream (ASSURED, udp_timeout_stream) */
  streamAt?: number;
}

/** a conntrack event, for `conntrack -E` (ring, newest last) */
export interface CtEvent {
  /** increasing: read the events after the last one seen (`Kernel.netfilter.conntrackEvents(seq)`) */
  seq?: number;
  at: number;
  type: "NEW" | "UPDATE" | "DESTROY";
  /** the entry as it was when the event happened (a copy: later changes do not reach it) */
  entry: CtEntry;
  /** a DESTROY a process asked for over ctnetlink (conntrack -D / -F): its netlink port id, printed `[USERSPACE] portid=N` */
  portid?: number;
}

export interface ConntrackState {
  /** the module is loaded (a rule needed it): before that no packet is tracked */
  loaded: boolean;
  nextId: number;
  /** entries by id */
  entries: Record<number, CtEntry>;
  /** both tuples of every entry, by tupleKey(), to the entry's id: O(1) lookups */
  byTuple: Record<string, number>;
  /** recent events, bounded */
  events: CtEvent[];
  /** counters `conntrack -S` prints (found, invalid, insert, drop, early_drop, ...) */
  stats: Record<string, number>;
  /**
   * net_ratelimit state of "table full, dropping packet": window start
   * (virtual ms), lines printed, lines suppressed; `earlyDrop`: the table was
   * full, the gc worker's next run evicts unassured entries while the table
   * is over 95% of nf_conntrack_max
   */
  fullWarn?: { begin: number; printed: number; missed: number; earlyDrop?: boolean };
}

export interface NetfilterState {
  /** what Debian's `iptables` (iptables-nft) edits */
  nft: NfRuleset;
  /** what `iptables-legacy` edits; absent until used */
  legacy?: NfRuleset;
  conntrack: ConntrackState;
}
