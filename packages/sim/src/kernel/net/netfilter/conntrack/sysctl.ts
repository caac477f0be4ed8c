/**
 * The nf_conntrack sysctls (/proc/sys/net/netfilter/nf_conntrack_*): they
 * appear when the module loads, with the kernel's defaults (recorded from
 * `ls /proc/sys/net/netfilter` in a network namespace of the recording
 * machine, kernel 6.18), and are writable like any sysctl except
 * nf_conntrack_count, which shows the live count. Timeouts are read at
 * each use, in seconds, so a write takes effect for the next packet, as in
 * the kernel.
 */
import type { KernelState } from "../../../state.js";
import type { CtTcpState } from "../types.js";

const P = "net.netfilter.nf_conntrack_";

/** name (without the prefix) -> default value, in `ls` order */
const DEFAULTS: [string, string][] = [
  ["acct", "0"],
  ["buckets", "262144"],
  ["checksum", "1"],
  ["count", "0"],
  ["events", "2"],
  ["expect_max", "4096"],
  ["frag6_high_thresh", "4194304"],
  ["frag6_low_thresh", "3145728"],
  ["frag6_timeout", "60"],
  ["generic_timeout", "600"],
  ["gre_timeout", "30"],
  ["gre_timeout_stream", "180"],
  ["icmp_timeout", "30"],
  ["icmpv6_timeout", "30"],
  ["log_invalid", "0"],
  ["max", "262144"],
  ["sctp_timeout_closed", "10"],
  ["sctp_timeout_cookie_echoed", "3"],
  ["sctp_timeout_cookie_wait", "3"],
  ["sctp_timeout_established", "210"],
  ["sctp_timeout_heartbeat_sent", "30"],
  ["sctp_timeout_shutdown_ack_sent", "3"],
  ["sctp_timeout_shutdown_recd", "3"],
  ["sctp_timeout_shutdown_sent", "3"],
  ["tcp_be_liberal", "0"],
  ["tcp_ignore_invalid_rst", "0"],
  ["tcp_loose", "1"],
  ["tcp_max_retrans", "3"],
  ["tcp_timeout_close", "10"],
  ["tcp_timeout_close_wait", "60"],
  ["tcp_timeout_established", "432000"],
  ["tcp_timeout_fin_wait", "120"],
  ["tcp_timeout_last_ack", "30"],
  ["tcp_timeout_max_retrans", "300"],
  ["tcp_timeout_syn_recv", "60"],
  ["tcp_timeout_syn_sent", "120"],
  ["tcp_timeout_time_wait", "120"],
  ["tcp_timeout_unacknowledged", "300"],
  ["timestamp", "0"],
  ["udp_timeout", "30"],
  ["udp_timeout_stream", "120"],
];

/** the sysctl that shows the live entry count (mode 0444) */
export const CT_COUNT_SYSCTL = `${P}count`;

/** modprobe nf_conntrack: its sysctls appear with their defaults (existing values are kept) */
export function registerConntrackSysctls(sysctl: Record<string, string>): void {
  for (const [name, value] of DEFAULTS) sysctl[`${P}${name}`] ??= value;
}

const FULL_NAME = new Map(DEFAULTS.map(([n]) => [n, `${P}${n}`]));
const DEFAULT_VALUE = new Map(DEFAULTS.map(([n, v]) => [n, Number(v)]));

/** an integer conntrack sysctl; the default when absent or not a number (read per packet: no string building) */
export function ctSysctl(k: KernelState, name: string): number {
  const text = k.sysctl[FULL_NAME.get(name) ?? `${P}${name}`];
  const v = text === undefined ? Number.NaN : Number.parseInt(text, 10);
  return Number.isFinite(v) ? v : (DEFAULT_VALUE.get(name) ?? 0);
}

/** the sysctl holding each TCP state's timeout; SYN_SENT2 has none (2 minutes, fixed) */
const TCP_TIMEOUT_NAME: Partial<Record<CtTcpState, string>> = {
  SYN_SENT: "tcp_timeout_syn_sent",
  SYN_RECV: "tcp_timeout_syn_recv",
  ESTABLISHED: "tcp_timeout_established",
  FIN_WAIT: "tcp_timeout_fin_wait",
  CLOSE_WAIT: "tcp_timeout_close_wait",
  LAST_ACK: "tcp_timeout_last_ack",
  TIME_WAIT: "tcp_timeout_time_wait",
  CLOSE: "tcp_timeout_close",
};

/** seconds */
export function tcpTimeout(k: KernelState, state: CtTcpState | "RETRANS" | "UNACK"): number {
  if (state === "RETRANS") return ctSysctl(k, "tcp_timeout_max_retrans");
  if (state === "UNACK") return ctSysctl(k, "tcp_timeout_unacknowledged");
  const name = TCP_TIMEOUT_NAME[state];
  return name ? ctSysctl(k, name) : 120;
}
