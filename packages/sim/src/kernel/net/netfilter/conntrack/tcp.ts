/**
 * TCP connection tracking as net/netfilter/nf_conntrack_proto_tcp.c does it
 * (Linux 6.1): the state table tcp_conntracks[dir][flags][state], window
 * tracking (tcp_in_window) that makes an out-of-window segment INVALID,
 * tcp_loose pick-up of a connection from its first ACK, ASSURED after the
 * handshake (or a picked-up connection's answer), and the timeout each new
 * state gets from net.netfilter.nf_conntrack_tcp_timeout_*.
 *
 * One deliberate difference: bound I of the window check (a segment beyond
 * what the receiver advertised) is not enforced, because the simulated TCP
 * sends a whole write at once instead of what the peer's window allows; a
 * real stack never does, so real traffic is not affected.
 *
 * Per-connection data lives in CtEntry.tcp under the keys below (flat
 * numbers: plain JSON); sender/receiver data per direction end in 0 or 1.
 */
import type { KernelState } from "../../../state.js";
import type { TcpSegment } from "../../packet/types.js";
import type { CtEntry, CtTcpState } from "../types.js";
import { ctSysctl, tcpTimeout } from "./sysctl.js";

export type Dir = 0 | 1;

const SYN_SET = 0;
const SYNACK_SET = 1;
const FIN_SET = 2;
const ACK_SET = 3;
const RST_SET = 4;
const NONE_SET = 5;

const NAMES: CtTcpState[] = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"];
const [sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const sIV = 10;
const sIG = 11;
const STATE_NUM: Record<CtTcpState, number> = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<CtTcpState, number>;

/** tcp_conntracks[dir][index][old state] */
const TABLE: number[][][] = [
  [
    /* syn    */ [sSS, sSS, sIG, sIG, sIG, sIG, sIG, sSS, sSS, sS2],
    /* synack */ [sIV, sIV, sSR, sIV, sIV, sIV, sIV, sIV, sIV, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sES, sIV, sES, sES, sCW, sCW, sTW, sTW, sCL, sIV],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
  [
    /* syn    */ [sIV, sS2, sIV, sIV, sIV, sIV, sIV, sSS, sIV, sS2],
    /* synack */ [sIV, sSR, sIG, sIG, sIG, sIG, sIG, sIG, sIG, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sIV, sIG, sSR, sES, sCW, sCW, sTW, sTW, sCL, sIG],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
];

// ip_ct_tcp_state.flags and ip_ct_tcp.last_flags
const F_WINDOW_SCALE = 0x01;
const F_CLOSE_INIT = 0x04;
const F_BE_LIBERAL = 0x08;
const F_DATA_UNACKNOWLEDGED = 0x10;
const F_MAXACK_SET = 0x20;
const F_EXP_CHALLENGE_ACK = 0x40;
const F_SIMULTANEOUS_OPEN = 0x80;

const MAXACKWINCONST = 66000;

/** the keys of one direction's window data in CtEntry.tcp */
const SEEN = [0, 1].map((d) => ({ end: `end${d}`, maxend: `maxend${d}`, maxwin: `maxwin${d}`, maxack: `maxack${d}`, scale: `scale${d}`, flags: `flags${d}` }));

type Td = Record<string, number | boolean | string>;
const num = (t: Td, key: string): number => (t[key] as number | undefined) ?? 0;

const u32 = (n: number) => n >>> 0;
/** seq1 before seq2 (modular) */
const before = (a: number, b: number) => ((a - b) | 0) < 0;
const after = (a: number, b: number) => before(b, a);

/** what a segment means to the table: get_conntrack_index */
function indexOf(t: TcpSegment): number {
  const f = t.flags;
  if (f.rst) return RST_SET;
  if (f.syn) return f.ack ? SYNACK_SET : SYN_SET;
  if (f.fin) return FIN_SET;
  if (f.ack) return ACK_SET;
  return NONE_SET;
}

function segEnd(t: TcpSegment): number {
  return u32(t.seq + t.data.length + (t.flags.syn ? 1 : 0) + (t.flags.fin ? 1 : 0));
}

/** tcp_error's flag check: SYN, SYN/ACK, RST, RST/ACK, FIN/ACK, ACK (each with URG or not; PSH always allowed) */
export function tcpFlagsValid(t: TcpSegment): boolean {
  const f = t.flags;
  if (f.syn) return !f.fin && !f.rst;
  if (f.rst) return !f.fin;
  if (f.fin) return f.ack === true;
  return f.ack === true;
}

function resetSeen(t: Td, d: Dir): void {
  const s = SEEN[d];
  t[s.end] = 0;
  t[s.maxend] = 0;
  t[s.maxwin] = 0;
  t[s.maxack] = 0;
  t[s.scale] = 0;
  t[s.flags] = num(t, s.flags) & F_BE_LIBERAL;
}

/** tcp_options: window scale seen on this SYN */
function takeOptions(t: Td, d: Dir, seg: TcpSegment): void {
  const hasOptions = seg.mss !== undefined || seg.wscale !== undefined || seg.tsval !== undefined;
  if (!hasOptions) return;
  const s = SEEN[d];
  t[s.scale] = 0;
  t[s.flags] = num(t, s.flags) & F_BE_LIBERAL;
  if (seg.wscale !== undefined) {
    t[s.scale] = Math.min(seg.wscale, 14);
    t[s.flags] = num(t, s.flags) | F_WINDOW_SCALE;
  }
}

function initSender(t: Td, d: Dir, seg: TcpSegment, end: number): void {
  const s = SEEN[d];
  const r = SEEN[1 - d];
  t[s.end] = end;
  t[s.maxend] = end;
  t[s.maxwin] = seg.win === 0 ? 1 : seg.win;
  takeOptions(t, d, seg);
  if (d === 1 && !(num(t, s.flags) & F_WINDOW_SCALE && num(t, r.flags) & F_WINDOW_SCALE)) {
    t[s.scale] = 0;
    t[r.scale] = 0;
  }
}

/**
 * tcp_new: may this segment start an entry? SYN always; anything the table
 * takes to ESTABLISHED (an ACK) only with nf_conntrack_tcp_loose.
 */
export function tcpNew(k: KernelState, e: CtEntry, seg: TcpSegment): boolean {
  const next = TABLE[0][indexOf(seg)][sNO];
  if (next >= sIV) return false;
  const t: Td = {};
  const end = segEnd(seg);
  if (next === sSS) {
    t.end0 = end;
    t.maxwin0 = seg.win === 0 ? 1 : seg.win;
    t.maxend0 = end;
    takeOptions(t, 0, seg);
  } else {
    if (ctSysctl(k, "tcp_loose") === 0) return false;
    t.end0 = end;
    t.maxwin0 = seg.win === 0 ? 1 : seg.win;
    t.maxend0 = u32(end + (t.maxwin0 as number));
    // mid-connection pickup: SACK assumed, liberal window checking (window scale unknown)
    t.flags0 = F_BE_LIBERAL | 0x02;
    t.flags1 = F_BE_LIBERAL | 0x02;
  }
  t.lastIndex = NONE_SET;
  e.tcp = t;
  e.tcpState = "NONE";
  return true;
}

/**
 * An entry made by userspace (ctnetlink_create_conntrack, `conntrack -I`):
 * the state it was given and no window data, so each side's first packet
 * sets that side's window, as for a connection picked up mid-stream.
 */
export function tcpFromUserspace(e: CtEntry): void {
  e.tcp = { lastIndex: NONE_SET };
}

type WindowVerdict = "accept" | "ignore" | "invalid";

/** tcp_in_window, without bound I (see the header) */
function inWindow(k: KernelState, e: CtEntry, d: Dir, index: number, seg: TcpSegment): WindowVerdict {
  const t = e.tcp!;
  const s = SEEN[d];
  const r = SEEN[1 - d];
  const seq = seg.seq;
  let ack = seg.ack;
  let sack = ack;
  let win = seg.win;
  const end = segEnd(seg);
  const liberal = () => (num(t, s.flags) & F_BE_LIBERAL) !== 0 || ctSysctl(k, "tcp_be_liberal") !== 0;

  if (num(t, s.maxwin) === 0) {
    if (seg.flags.syn) {
      initSender(t, d, seg, end);
      if (!seg.flags.ack) return "accept";
    } else {
      t[s.end] = end;
      const swin = win * 2 ** num(t, s.scale);
      t[s.maxwin] = swin === 0 ? 1 : swin;
      t[s.maxend] = u32(end + num(t, s.maxwin));
      if (num(t, r.maxwin) === 0) {
        t[r.end] = sack;
        t[r.maxend] = sack;
      } else if (sack === u32(num(t, r.end) + 1)) t[r.end] = u32(num(t, r.end) + 1);
    }
  } else if (seg.flags.syn && after(end, num(t, s.end)) && (e.tcpState === "SYN_SENT" || e.tcpState === "SYN_RECV")) {
    initSender(t, d, seg, end);
    if (d === 1 && !seg.flags.ack) return "accept";
  }

  if (!seg.flags.ack) {
    ack = sack = num(t, r.end);
  } else if (seg.flags.rst && ack === 0) {
    ack = sack = num(t, r.end);
  }

  const maxAckWindow = Math.max(num(t, s.maxwin), MAXACKWINCONST);
  if (!before(sack, u32(num(t, r.end) + 1))) return liberal() ? "accept" : "invalid"; // ACK is over upper bound (ACKed data not seen yet)
  const inRecvWin = num(t, r.maxwin) === 0 || after(end, u32(num(t, s.end) - num(t, r.maxwin) - 1));
  if (!inRecvWin) return liberal() ? "accept" : "ignore"; // SEQ is under lower bound (already ACKed data retransmitted)
  if (!after(sack, u32(num(t, r.end) - maxAckWindow - 1))) return liberal() ? "accept" : "ignore"; // ACK under lower bound

  if (!seg.flags.syn) win = win * 2 ** num(t, s.scale);
  const swin = win + u32(sack - ack);
  if (num(t, s.maxwin) < swin) t[s.maxwin] = swin;
  if (after(end, num(t, s.end))) {
    t[s.end] = end;
    t[s.flags] = num(t, s.flags) | F_DATA_UNACKNOWLEDGED;
  }
  if (seg.flags.ack) {
    if (!(num(t, s.flags) & F_MAXACK_SET)) {
      t[s.maxack] = ack;
      t[s.flags] = num(t, s.flags) | F_MAXACK_SET;
    } else if (after(ack, num(t, s.maxack))) t[s.maxack] = ack;
  }
  if (num(t, r.maxwin) !== 0 && after(end, num(t, s.maxend))) t[r.maxwin] = num(t, r.maxwin) + u32(end - num(t, s.maxend));
  if (after(u32(sack + win), u32(num(t, r.maxend) - 1))) t[r.maxend] = u32(sack + win + (win === 0 ? 1 : 0));
  if (ack === num(t, r.end)) t[r.flags] = num(t, r.flags) & ~F_DATA_UNACKNOWLEDGED;

  if (index === ACK_SET) {
    if (t.lastDir === d && t.lastSeq === seq && t.lastAck === ack && t.lastEnd === end && t.lastWin === seg.win) t.retrans = num(t, "retrans") + 1;
    else {
      t.lastDir = d;
      t.lastSeq = seq;
      t.lastAck = ack;
      t.lastEnd = end;
      t.lastWin = seg.win;
      t.retrans = 0;
    }
  }
  return "accept";
}

/**
 * What the conntrack core does with the packet after the TCP tracker saw it:
 *   accept   the entry was updated (timeout in `timeout` seconds)
 *   ignore   the packet belongs to the entry but changes nothing (no refresh)
 *   invalid  the packet is INVALID (the entry is untouched)
 *   kill     an RST answering an unreplied SYN: the entry goes, the packet passes
 *   reopen   a SYN reopening a closed connection: delete the entry and look again
 */
export type TcpVerdict = { kind: "accept"; timeout: number; changed: boolean; assured: boolean } | { kind: "ignore" | "invalid" | "kill" | "reopen" };

/** an ignored packet (sIG): remember it, in case the other end's answer shows we are the ones out of sync */
function ignored(t: Td, d: Dir, index: number, seg: TcpSegment, oldState: number): TcpVerdict {
  t.lastIndex = index;
  t.lastDir = d;
  t.lastSeq = seg.seq;
  t.lastEnd = segEnd(seg);
  t.lastWin = seg.win;
  if (index === SYN_SET && d === 0) {
    t.lastFlags = 0;
    t.lastWscale = 0;
    if (seg.wscale !== undefined) {
      t.lastFlags = F_WINDOW_SCALE;
      t.lastWscale = Math.min(seg.wscale, 14);
    }
    if (oldState === sLA) t.lastFlags = num(t, "lastFlags") | F_EXP_CHALLENGE_ACK;
  }
  if (oldState === sSS && index === ACK_SET && d === 1) t.lastAck = seg.ack;
  return { kind: "ignore" };
}

/** nf_conntrack_tcp_packet for an entry that exists (or was just made by tcpNew) */
export function tcpPacket(k: KernelState, e: CtEntry, d: Dir, seg: TcpSegment): TcpVerdict {
  const t = e.tcp!;
  const oldState = STATE_NUM[e.tcpState ?? "NONE"];
  const index = indexOf(seg);
  let old = oldState;
  let next = TABLE[d][index][old];

  // a SYN in TIME_WAIT/CLOSE: reopen when the old connection was closed or reset, else ignore it like any out-of-sync packet
  if (next === sSS && old >= sTW) {
    if ((num(t, SEEN[d].flags) | num(t, SEEN[1 - d].flags)) & F_CLOSE_INIT || (t.lastDir === d && t.lastIndex === RST_SET)) return { kind: "reopen" };
    next = sIG;
  }
  switch (next) {
    case sIG:
      if (index === SYNACK_SET && t.lastIndex === SYN_SET && t.lastDir !== d && seg.ack === t.lastEnd) {
        // this SYN/ACK answers a SYN we ignored: both ends are in sync, we were not
        old = sSS;
        next = sSR;
        const ld = t.lastDir as Dir;
        const ls = SEEN[ld];
        t[ls.end] = num(t, "lastEnd");
        t[ls.maxend] = num(t, "lastEnd");
        t[ls.maxwin] = num(t, "lastWin") === 0 ? 1 : num(t, "lastWin");
        t[ls.scale] = num(t, "lastWscale");
        t.lastFlags = num(t, "lastFlags") & ~F_EXP_CHALLENGE_ACK;
        t[ls.flags] = num(t, "lastFlags");
        resetSeen(t, d);
        break;
      }
      return ignored(t, d, index, seg, oldState);
    case sIV:
      return { kind: "invalid" };
    case sTW:
      if (old === sLA && index === ACK_SET && t.lastDir !== d && t.lastIndex === SYN_SET && num(t, "lastFlags") & F_EXP_CHALLENGE_ACK) {
        t.lastFlags = num(t, "lastFlags") & ~F_EXP_CHALLENGE_ACK;
        return { kind: "ignore" };
      }
      break;
    case sS2:
      t.lastFlags = num(t, "lastFlags") | F_SIMULTANEOUS_OPEN;
      break;
    case sSR:
      if (d === 1 && index === ACK_SET && num(t, "lastFlags") & F_SIMULTANEOUS_OPEN) next = sES;
      break;
    case sCL: {
      if (index !== RST_SET) break;
      const rst = rstCheck(k, e, d, seg, old);
      if (rst.verdict === "invalid") return { kind: "invalid" };
      if (rst.keep) next = old;
      if (rst.verdict === "skip") return finish(k, e, d, seg, index, old, next);
      break;
    }
  }

  const w = inWindow(k, e, d, index, seg);
  if (w === "ignore") return { kind: "ignore" };
  if (w === "invalid") return { kind: "invalid" };
  return finish(k, e, d, seg, index, old, next);
}

/**
 * The CLOSE case's checks on an RST: "skip" the window check (an RST
 * closing a closing connection, or answering a SYN/ACK we let through),
 * "invalid" (behind what the peer acknowledged), "keep" the state (an RST
 * that is not exactly at the expected sequence: a challenge ACK may follow,
 * with or without the rest), or "check" the window as usual.
 */
function rstCheck(k: KernelState, e: CtEntry, d: Dir, seg: TcpSegment, old: number): { verdict: "skip" | "invalid" | "check"; keep: boolean } {
  const t = e.tcp!;
  if (old >= sFW && old <= sCL) return { verdict: "skip", keep: false };
  const peer = SEEN[1 - d];
  let keep = false;
  if (num(t, peer.flags) & F_MAXACK_SET && t.lastIndex !== SYN_SET) {
    const established = old === sES && e.status.assured;
    const maxack = num(t, peer.maxack);
    if (seg.seq === 0 && !established) return { verdict: "check", keep };
    if (before(seg.seq, maxack) && ctSysctl(k, "tcp_ignore_invalid_rst") === 0) return { verdict: "invalid", keep };
    if (!established || seg.seq === maxack) return { verdict: "check", keep };
    if (t.lastIndex === ACK_SET && t.lastDir === d && seg.seq === t.lastEnd) return { verdict: "check", keep };
    keep = true;
  }
  if (((e.status.seenReply && t.lastIndex === SYN_SET) || (!e.status.assured && t.lastIndex === ACK_SET)) && seg.ack === t.lastEnd) return { verdict: "skip", keep };
  if (old === sSS && t.lastIndex === ACK_SET && t.lastDir === 1 && seg.seq === t.lastAck) return { verdict: "skip", keep };
  return { verdict: "check", keep };
}

function finish(k: KernelState, e: CtEntry, d: Dir, seg: TcpSegment, index: number, old: number, next: number): TcpVerdict {
  const t = e.tcp!;
  t.lastIndex = index;
  t.lastDir = d;
  e.tcpState = NAMES[next];
  if (old !== next && next === sFW) t[SEEN[d].flags] = num(t, SEEN[d].flags) | F_CLOSE_INIT;

  const stateTimeout = tcpTimeout(k, NAMES[next]);
  const unackedData = (num(t, "flags0") | num(t, "flags1")) & F_DATA_UNACKNOWLEDGED;
  let timeout: number;
  if (num(t, "retrans") >= ctSysctl(k, "tcp_max_retrans") && stateTimeout > tcpTimeout(k, "RETRANS")) timeout = tcpTimeout(k, "RETRANS");
  else if (index === RST_SET) timeout = tcpTimeout(k, "CLOSE");
  else if (unackedData && stateTimeout > tcpTimeout(k, "UNACK")) timeout = tcpTimeout(k, "UNACK");
  else if (t.lastWin === 0 && stateTimeout > tcpTimeout(k, "RETRANS")) timeout = tcpTimeout(k, "RETRANS");
  else timeout = stateTimeout;

  const changed = old !== next;
  let assured = false;
  if (!e.status.seenReply) {
    if (seg.flags.rst) return { kind: "kill" };
    // a retransmitted SYN does not renew the timeout (port reuse must not keep the entry alive)
    if (index === SYN_SET && old === sSS) return { kind: "accept", timeout: -1, changed, assured };
    if (next === sES && timeout > tcpTimeout(k, "UNACK")) timeout = tcpTimeout(k, "UNACK");
  } else if (!e.status.assured && (old === sSR || old === sES) && next === sES) {
    e.status.assured = true;
    assured = true;
  }
  return { kind: "accept", timeout, changed, assured };
}
