/**
 * The network stack's per-host state, kept in `KernelState.net` (plain JSON,
 * lost at reboot like the rest of the kernel): the neighbour table, the
 * socket table, capture taps and the counters that make ids and ports.
 */
import type { EthFrame, Ipv4Packet } from "./types.js";

/** NUD states as `ip neigh` prints them (include/uapi/linux/neighbour.h) */
export type NudState = "INCOMPLETE" | "REACHABLE" | "STALE" | "DELAY" | "PROBE" | "FAILED" | "PERMANENT" | "NOARP";

export interface NeighEntry {
  ifindex: number;
  /** the neighbour's IPv4 address */
  ip: string;
  /** its MAC once resolved; kept in FAILED when it had one before */
  mac?: string;
  state: NudState;
  /** ARP probes sent in the current INCOMPLETE/PROBE round */
  probes: number;
  /** virtual ms of the last reachability confirmation */
  confirmedAt: number;
  /** virtual ms of the last state change */
  updatedAt: number;
  /** the clock timer driving the next transition, if any */
  timer?: number;
  /** packets waiting for the address to resolve (arp_queue); at most NEIGH_QUEUE_LEN */
  queue: Ipv4Packet[];
}

/** TCP states by the kernel's names (include/net/tcp_states.h) */
export type TcpState =
  | "ESTABLISHED"
  | "SYN_SENT"
  | "SYN_RECV"
  | "FIN_WAIT1"
  | "FIN_WAIT2"
  | "TIME_WAIT"
  | "CLOSE"
  | "CLOSE_WAIT"
  | "LAST_ACK"
  | "LISTEN"
  | "CLOSING";

/** one transmitted segment still waiting for its ACK */
export interface TcpUnacked {
  seq: number;
  data: string;
  syn?: boolean;
  fin?: boolean;
}

/** the TCP control block (RFC 793 names) */
export interface TcpCb {
  iss: number;
  irs: number;
  sndUna: number;
  sndNxt: number;
  rcvNxt: number;
  unacked: TcpUnacked[];
  /** current retransmission timeout in ms, and how many times the head segment was resent */
  rto: number;
  retries: number;
  /** the clock timer queued for this socket, and when it fires (ms) */
  timer?: number;
  timerAt?: number;
  /** when the socket wants its timer (retransmission, TIME_WAIT, FIN_WAIT2); undefined: stopped */
  timerDue?: number;
  /** a FIN from the peer was received (reads return EOF once rx is drained) */
  finRcvd: boolean;
  /** the application closed or shut down writing; a FIN is (to be) sent */
  finQueued: boolean;
  /** data has been received: the advertised window grows (tcpdump's win 63 -> 64) */
  gotData: boolean;
  /** interactive mode (icsk_ack.pingpong): we answered received data, so ACKs wait TCP_DELACK_MS for a reply to ride on */
  pingpong?: boolean;
  /** the delayed-ACK timer, and whether an ACK is still owed when it fires */
  delack?: number;
  ackOwed?: boolean;
  /** per-connection offset of the TCP timestamp clock (ms), and the peer's last TSval */
  tsOffset: number;
  tsRecent: number;
  /** the peer's SYN carried no timestamps / no window scale option: none are sent on this connection */
  noTs?: boolean;
  noWscale?: boolean;
}

export interface SocketOwner {
  comm: string;
  pid: number;
  fd: number;
}

/** an ICMP error or echo reply queued on a socket (MSG_ERRQUEUE / recvmsg) */
export interface SockMessage {
  /** virtual ms it arrived */
  at: number;
  /** sender address */
  from: string;
  port?: number;
  data?: string;
  /** ICMP echo reply fields */
  seq?: number;
  ttl?: number;
  sentAt?: number;
  /** for errors: ICMP type/code and the quoted packet's TTL-less identity */
  icmpType?: string;
  icmpCode?: number;
  /** errors: the quoted datagram's identifying numbers (echo seq, UDP dport) */
  origSeq?: number;
  origDport?: number;
}

export interface SocketState {
  id: number;
  proto: "tcp" | "udp" | "icmp";
  /** "inet6": an IPv6 wildcard listener that only `ss` sees (the packet path is IPv4 only) */
  family?: "inet6";
  /** local address ("0.0.0.0" when unbound / any) and port (the echo identifier for ICMP) */
  local: string;
  lport: number;
  remote?: string;
  rport?: number;
  /** TCP state; UDP/ICMP sockets are "CLOSE" (ss shows UNCONN) or "ESTABLISHED" once connected */
  state: TcpState;
  /** processes holding the socket (ss -p); empty for orphans (TIME_WAIT) */
  owners: SocketOwner[];
  /** a kernel-driven service that handles this socket's events (see apps.ts) */
  app?: string;
  /** SO_BINDTODEVICE / ping -I */
  boundIfindex?: number;
  /** IP_TTL; undefined means net.ipv4.ip_default_ttl */
  ttl?: number;
  /** LISTEN: backlog and the established children waiting for accept() */
  backlog?: number;
  acceptQueue?: number[];
  /** a child made by a listener, until accepted */
  parent?: number;
  /** stream bytes received and not yet read */
  rx: string;
  /** datagrams, echo replies and errors not yet read */
  messages: SockMessage[];
  /** a pending error (SO_ERROR): ECONNREFUSED, EHOSTUNREACH, ETIMEDOUT, ECONNRESET */
  error?: string;
  tcp?: TcpCb;
  /** the application has closed it (an orphan finishing its close sequence) */
  closed?: boolean;
  /** virtual ms the handshake ended (established, refused, unreachable or timed out) */
  settledAt?: number;
}

export interface CapturedFrame {
  /** virtual ms */
  at: number;
  dir: "in" | "out";
  frame: EthFrame;
}

/** an AF_PACKET socket: what tcpdump reads */
export interface TapState {
  id: number;
  ifindex: number;
  frames: CapturedFrame[];
}

export interface NetState {
  neigh: NeighEntry[];
  sockets: SocketState[];
  taps: TapState[];
  nextSocketId: number;
  nextTapId: number;
  /** the IP ID counter for packets this host originates */
  ipId: number;
}

export function newNetState(): NetState {
  return { neigh: [], sockets: [], taps: [], nextSocketId: 1, nextTapId: 1, ipId: 1 };
}

/** packets a neighbour entry may hold while INCOMPLETE (Linux: unres_qlen_bytes, ~101 pings) */
export const NEIGH_QUEUE_LEN = 101;
/** frames a tap keeps; older ones are dropped as a full ring would */
export const TAP_MAX_FRAMES = 10_000;
