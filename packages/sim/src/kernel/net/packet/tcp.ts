/**
 * TCP (RFC 793/9293 as Linux does it, net/ipv4/tcp_*.c), enough for real
 * conversations: three-way handshake, data with retransmission, FIN in both
 * orders, RST, TIME_WAIT. Times in ms of virtual time, Linux's defaults:
 * initial RTO 1000 (TCP_TIMEOUT_INIT), 200 once established (TCP_RTO_MIN,
 * the RTT of a simulated LAN is far below it), doubling to at most 120000;
 * tcp_syn_retries 6 (a SYN to a silent host gives up after 127 s),
 * tcp_synack_retries 5, tcp_retries2 15; TIME_WAIT and the orphaned
 * FIN_WAIT2 last 60000 (TCP_TIMEWAIT_LEN, tcp_fin_timeout).
 *
 * Simplifications (documented, visible only in tcpdump): every segment is
 * ACKed at once (no delayed ACK), no congestion window, no SACK, no Nagle;
 * windows are the values Linux advertises on a fresh connection (SYN 64240,
 * SYN-ACK 65160, then 63 scaled by 2^10 until data arrives, 64 after).
 */
import { type Result, fail, ok } from "../../errno.js";
import { defaultTtl, ipOutput, nextIpId } from "./ipv4.js";
import { routeOutput } from "./route-input.js";
import { ephemeralPort, sockCreate, sockGet, sockNotify, sockRemove } from "./socket.js";
import type { NetStack } from "./stack.js";
import type { SocketState, TcpCb } from "./state.js";
import type { Ipv4Packet, TcpFlags, TcpSegment } from "./types.js";

export const TCP_MSS = 1460;
/** payload per segment with the timestamps option */
export const TCP_SEG_DATA = 1448;
export const RTO_INIT_MS = 1000;
export const RTO_MIN_MS = 200;
export const RTO_MAX_MS = 120_000;
export const SYN_RETRIES = 6;
export const SYNACK_RETRIES = 5;
export const RETRIES2 = 15;
export const TIMEWAIT_MS = 60_000;
export const FIN_TIMEOUT_MS = 60_000;
export const WSCALE = 10;
/** TCP_DELACK_MIN: how long an ACK waits in interactive mode for data to ride on */
export const DELACK_MS = 40;

const add = (a: number, n: number) => (a + n) >>> 0;
/** a < b in sequence space */
const lt = (a: number, b: number) => ((a - b) | 0) < 0;
const le = (a: number, b: number) => ((a - b) | 0) <= 0;

function newCb(s: NetStack): TcpCb {
  const iss = s.env.random();
  return {
    iss,
    irs: 0,
    sndUna: iss,
    sndNxt: iss,
    rcvNxt: 0,
    unacked: [],
    rto: RTO_INIT_MS,
    retries: 0,
    finRcvd: false,
    finQueued: false,
    gotData: false,
    tsOffset: s.env.random(),
    tsRecent: 0,
  };
}

function tsNow(s: NetStack, cb: TcpCb): number {
  return (Math.floor(s.now) + cb.tsOffset) >>> 0;
}

function emit(s: NetStack, sock: SocketState, flags: TcpFlags, seq: number, data = ""): void {
  const cb = sock.tcp!;
  const seg: TcpSegment = {
    sport: sock.lport,
    dport: sock.rport!,
    seq,
    ack: flags.ack ? cb.rcvNxt : 0,
    flags,
    // a SYN-ACK offers 45 segments of 1448 (timestamps on) or 44 of 1460 (a peer without them)
    win: flags.syn ? (flags.ack && !cb.noTs ? 65160 : 64240) : cb.gotData ? 64 : 63,
    data,
  };
  // options only where the peer's SYN offered them (tcp_openreq_init: a crafted SYN without options gets MSS alone)
  if (!cb.noTs) {
    seg.tsval = tsNow(s, cb);
    seg.tsecr = flags.syn && !flags.ack ? 0 : cb.tsRecent;
  }
  if (flags.syn) {
    seg.mss = TCP_MSS;
    if (!cb.noWscale) seg.wscale = WSCALE;
  }
  // this segment carries the owed ACK; a pending delayed-ACK timer will find nothing to do
  if (flags.ack) cb.ackOwed = false;
  // a SYN-ACK goes out through ip_build_and_send_pkt: DF set, IP ID 0
  const id = flags.syn && flags.ack ? 0 : nextIpId(s);
  const pkt: Ipv4Packet = { src: sock.local, dst: sock.remote!, ttl: sock.ttl ?? defaultTtl(s), id, proto: "tcp", tcp: seg };
  ipOutput(s, pkt, { oif: sock.boundIfindex });
}

/**
 * mod_timer semantics: the socket wants its timer at now + ms. A clock
 * timer already due no later is kept and re-armed for the rest when it
 * fires, so restarting the RTO on every ACK costs no search of the clock's
 * queue; only moving the deadline earlier cancels.
 */
function armTimer(s: NetStack, sock: SocketState, ms: number): void {
  const cb = sock.tcp!;
  const due = s.now + ms;
  cb.timerDue = due;
  if (cb.timer !== undefined && cb.timerAt !== undefined && cb.timerAt <= due) return;
  if (cb.timer !== undefined) s.env.cancel(cb.timer);
  cb.timer = s.env.schedule(ms, "net.tcp", { sock: sock.id });
  cb.timerAt = due;
}

/** the socket no longer wants its timer; a clock timer still queued fires and finds nothing to do */
function stopTimer(_s: NetStack, sock: SocketState): void {
  if (sock.tcp) delete sock.tcp.timerDue;
}

/** put data (and/or FIN/SYN) on the retransmission queue and send it */
function sendQueued(s: NetStack, sock: SocketState, item: { data: string; syn?: boolean; fin?: boolean }): void {
  const cb = sock.tcp!;
  const seq = cb.sndNxt;
  cb.unacked.push({ seq, ...item });
  cb.sndNxt = add(seq, item.data.length + (item.syn ? 1 : 0) + (item.fin ? 1 : 0));
  const flags: TcpFlags = item.syn
    ? sock.state === "SYN_RECV"
      ? { syn: true, ack: true }
      : { syn: true }
    : { ack: true, ...(item.fin ? { fin: true } : {}), ...(item.data.length ? { psh: true } : {}) };
  emit(s, sock, flags, seq, item.data);
  if (cb.timerDue === undefined || cb.unacked.length === 1) armTimer(s, sock, cb.rto);
}

function enterTimeWait(s: NetStack, sock: SocketState): void {
  sock.state = "TIME_WAIT";
  sock.owners = [];
  armTimer(s, sock, TIMEWAIT_MS);
}

/** connect(2): start the handshake; the result of the connection comes later (poll `state` / `error`) */
export function tcpConnect(s: NetStack, sock: SocketState, dst: string, dport: number): Result {
  if (sock.state !== "CLOSE" || sock.tcp) return fail("EISCONN");
  if (dport <= 0 || dport > 65535) return fail("ECONNREFUSED");
  const r = routeOutput(s, dst, sock.boundIfindex);
  if (!r.ok) return fail(r.errno);
  if (sock.local === "0.0.0.0") sock.local = r.value.src;
  if (sock.lport === 0) {
    const p = ephemeralPort(s, "tcp");
    if (!p.ok) return p;
    sock.lport = p.value;
  }
  sock.remote = dst;
  sock.rport = dport;
  sock.tcp = newCb(s);
  sock.state = "SYN_SENT";
  sendQueued(s, sock, { data: "", syn: true });
  return ok();
}

/** send(2) */
export function tcpSend(s: NetStack, sock: SocketState, data: string): Result {
  if (sock.state !== "ESTABLISHED" && sock.state !== "CLOSE_WAIT") return fail(sock.state === "CLOSE" ? "EPIPE" : "ENOTCONN");
  if (sock.tcp!.finQueued) return fail("EPIPE");
  if (sock.tcp!.gotData) sock.tcp!.pingpong = true;
  for (let i = 0; i < data.length; i += TCP_SEG_DATA) sendQueued(s, sock, { data: data.slice(i, i + TCP_SEG_DATA) });
  return ok();
}

/** shutdown(SHUT_WR): send our FIN, keep reading */
export function tcpShutdownWrite(s: NetStack, sock: SocketState): void {
  const cb = sock.tcp;
  if (!cb || cb.finQueued) return;
  if (sock.state === "ESTABLISHED") sock.state = "FIN_WAIT1";
  else if (sock.state === "CLOSE_WAIT") sock.state = "LAST_ACK";
  else return;
  cb.finQueued = true;
  sendQueued(s, sock, { data: "", fin: true });
}

/** close(2): the application lets go; the kernel finishes the close sequence on its own */
export function tcpClose(s: NetStack, sock: SocketState): void {
  sock.closed = true;
  sock.owners = [];
  switch (sock.state) {
    case "LISTEN":
      for (const id of sock.acceptQueue ?? []) {
        const child = sockGet(s, id);
        if (child) abort(s, child);
      }
      for (const child of s.net.sockets.filter((x) => x.parent === sock.id)) abort(s, child);
      sockRemove(s, sock);
      return;
    case "ESTABLISHED":
    case "CLOSE_WAIT":
      if (sock.rx.length > 0) {
        // unread data at close: Linux resets the connection (RFC 2525)
        abort(s, sock);
        return;
      }
      tcpShutdownWrite(s, sock);
      return;
    case "FIN_WAIT2":
      armTimer(s, sock, FIN_TIMEOUT_MS);
      return;
    case "FIN_WAIT1":
    case "CLOSING":
    case "LAST_ACK":
    case "TIME_WAIT":
      return;
    default:
      sockRemove(s, sock);
  }
}

/** send RST and forget the connection */
function abort(s: NetStack, sock: SocketState): void {
  if (sock.tcp && sock.state !== "SYN_SENT" && sock.state !== "CLOSE" && sock.state !== "TIME_WAIT")
    emit(s, sock, { rst: true, ack: true }, sock.tcp.sndNxt);
  sockRemove(s, sock);
}

/** answer a segment no socket wants (tcp_v4_send_reset) */
function sendReset(s: NetStack, pkt: Ipv4Packet): void {
  const t = pkt.tcp!;
  if (t.flags.rst) return;
  const seg: TcpSegment = t.flags.ack
    ? { sport: t.dport, dport: t.sport, seq: t.ack, ack: 0, flags: { rst: true }, win: 0, data: "" }
    : {
        sport: t.dport,
        dport: t.sport,
        seq: 0,
        ack: add(t.seq, t.data.length + (t.flags.syn ? 1 : 0) + (t.flags.fin ? 1 : 0)),
        flags: { rst: true, ack: true },
        win: 0,
        data: "",
      };
  ipOutput(s, { src: pkt.dst, dst: pkt.src, ttl: defaultTtl(s), id: 0, proto: "tcp", tcp: seg });
}

function findSocket(s: NetStack, pkt: Ipv4Packet): SocketState | undefined {
  const t = pkt.tcp!;
  let listener: SocketState | undefined;
  for (const x of s.net.sockets) {
    if (x.proto !== "tcp" || x.lport !== t.dport) continue;
    if (x.state === "LISTEN") {
      if ((x.local === "0.0.0.0" || x.local === pkt.dst) && (!listener || x.local !== "0.0.0.0")) listener = x;
      continue;
    }
    if (x.remote === pkt.src && x.rport === t.sport && x.local === pkt.dst && x.state !== "CLOSE") return x;
  }
  return listener;
}

function onListen(s: NetStack, listener: SocketState, pkt: Ipv4Packet): void {
  const t = pkt.tcp!;
  if (t.flags.rst) return;
  if (t.flags.ack || !t.flags.syn) {
    sendReset(s, pkt);
    return;
  }
  const pending = s.net.sockets.filter((x) => x.parent === listener.id).length;
  if (pending > (listener.backlog ?? 0)) return; // backlog full: the SYN is dropped, the client retries
  const child = sockCreate(s, "tcp");
  child.local = pkt.dst;
  child.lport = t.dport;
  child.remote = pkt.src;
  child.rport = t.sport;
  child.parent = listener.id;
  child.app = listener.app;
  child.owners = [];
  child.state = "SYN_RECV";
  child.tcp = newCb(s);
  child.tcp.irs = t.seq;
  child.tcp.rcvNxt = add(t.seq, 1);
  child.tcp.tsRecent = t.tsval ?? 0;
  if (t.tsval === undefined) child.tcp.noTs = true;
  if (t.wscale === undefined) child.tcp.noWscale = true;
  sendQueued(s, child, { data: "", syn: true });
}

/** a TCP segment for one of our addresses */
export function tcpRcv(s: NetStack, pkt: Ipv4Packet): void {
  const sock = findSocket(s, pkt);
  if (!sock) {
    sendReset(s, pkt);
    return;
  }
  if (sock.state === "LISTEN") {
    onListen(s, sock, pkt);
    return;
  }
  const t = pkt.tcp!;
  const cb = sock.tcp!;
  if (t.tsval !== undefined) cb.tsRecent = t.tsval;

  if (sock.state === "SYN_SENT") {
    if (t.flags.ack && t.ack !== cb.sndNxt) {
      if (!t.flags.rst) sendReset(s, pkt);
      return;
    }
    if (t.flags.rst) {
      if (!t.flags.ack) return;
      stopTimer(s, sock);
      sock.state = "CLOSE";
      sock.settledAt = s.now;
      sock.error = "ECONNREFUSED";
      sockNotify(s, sock, "reset");
      return;
    }
    if (t.flags.syn && t.flags.ack) {
      cb.irs = t.seq;
      cb.rcvNxt = add(t.seq, 1);
      cb.sndUna = t.ack;
      cb.unacked = [];
      cb.retries = 0;
      cb.rto = RTO_MIN_MS;
      stopTimer(s, sock);
      sock.state = "ESTABLISHED";
      sock.settledAt = s.now;
      emit(s, sock, { ack: true }, cb.sndNxt);
    }
    return;
  }

  if (t.flags.rst) {
    stopTimer(s, sock);
    if (sock.state === "SYN_RECV" || sock.state === "TIME_WAIT" || sock.closed) {
      sockRemove(s, sock);
      return;
    }
    sock.state = "CLOSE";
    sock.error = "ECONNRESET";
    sockNotify(s, sock, "reset");
    return;
  }
  if (t.flags.syn) {
    // a retransmitted SYN-ACK (our ACK was lost) or a SYN in a synchronized state: re-ACK
    emit(s, sock, { ack: true }, cb.sndNxt);
    return;
  }
  if (!t.flags.ack) return;

  // --- ACK processing -------------------------------------------------------
  if (lt(cb.sndUna, t.ack) && le(t.ack, cb.sndNxt)) {
    cb.sndUna = t.ack;
    cb.unacked = cb.unacked.filter((u) => lt(t.ack, add(u.seq, u.data.length + (u.syn ? 1 : 0) + (u.fin ? 1 : 0))));
    cb.retries = 0;
    cb.rto = RTO_MIN_MS;
    if (cb.unacked.length === 0) stopTimer(s, sock);
    else armTimer(s, sock, cb.rto);
  }
  const allAcked = cb.sndUna === cb.sndNxt;
  if (sock.state === "SYN_RECV") {
    if (!allAcked) return;
    sock.state = "ESTABLISHED";
    const parent = sock.parent !== undefined ? sockGet(s, sock.parent) : undefined;
    if (!parent) {
      abort(s, sock);
      return;
    }
    parent.acceptQueue!.push(sock.id);
    sockNotify(s, parent, "accept");
  } else if (allAcked && cb.finQueued) {
    if (sock.state === "FIN_WAIT1") {
      sock.state = "FIN_WAIT2";
      if (sock.closed) armTimer(s, sock, FIN_TIMEOUT_MS);
    } else if (sock.state === "CLOSING") {
      enterTimeWait(s, sock);
    } else if (sock.state === "LAST_ACK") {
      stopTimer(s, sock);
      if (sock.closed) sockRemove(s, sock);
      else sock.state = "CLOSE";
      return;
    }
  }

  // --- data and FIN -----------------------------------------------------------
  let ackNeeded = false;
  const receiving = sock.state === "ESTABLISHED" || sock.state === "FIN_WAIT1" || sock.state === "FIN_WAIT2";
  if (t.data.length > 0) {
    if (t.seq === cb.rcvNxt && receiving) {
      sock.rx += t.data;
      cb.rcvNxt = add(cb.rcvNxt, t.data.length);
      cb.gotData = true;
    }
    ackNeeded = true;
  }
  if (t.flags.fin && add(t.seq, t.data.length) === cb.rcvNxt && !cb.finRcvd) {
    cb.rcvNxt = add(cb.rcvNxt, 1);
    cb.finRcvd = true;
    ackNeeded = true;
    if (sock.state === "ESTABLISHED") sock.state = "CLOSE_WAIT";
    else if (sock.state === "FIN_WAIT1") sock.state = allAcked ? "TIME_WAIT" : "CLOSING";
    else if (sock.state === "FIN_WAIT2") sock.state = "TIME_WAIT";
    if (sock.state === "TIME_WAIT") enterTimeWait(s, sock);
  } else if (t.flags.fin && sock.state === "TIME_WAIT") {
    ackNeeded = true;
    enterTimeWait(s, sock);
  }
  if (ackNeeded) {
    if (cb.pingpong && sock.state !== "TIME_WAIT") {
      // delayed ACK: the application's answer (or its FIN) usually carries it
      cb.ackOwed = true;
      cb.delack ??= s.env.schedule(DELACK_MS, "net.tcp", { sock: sock.id, delack: true });
    } else emit(s, sock, { ack: true }, cb.sndNxt);
  }
  if (t.data.length > 0 && receiving) sockNotify(s, sock, "data");
  if (cb.finRcvd && t.flags.fin) sockNotify(s, sock, "eof");
}

/** the socket's timer fired: retransmit, or end TIME_WAIT / an orphaned FIN_WAIT2 */
export function tcpTimer(s: NetStack, sockId: number, delack = false): void {
  const sock = sockGet(s, sockId);
  if (!sock?.tcp) return;
  const cb = sock.tcp;
  if (delack) {
    delete cb.delack;
    if (cb.ackOwed && sock.state !== "CLOSE" && sock.state !== "SYN_SENT") emit(s, sock, { ack: true }, cb.sndNxt);
    return;
  }
  delete cb.timer;
  delete cb.timerAt;
  if (cb.timerDue === undefined) return;
  if (cb.timerDue > s.now + 1e-6) {
    // the deadline moved later since this clock timer was set
    cb.timer = s.env.schedule(cb.timerDue - s.now, "net.tcp", { sock: sock.id });
    cb.timerAt = cb.timerDue;
    return;
  }
  delete cb.timerDue;
  if (sock.state === "TIME_WAIT" || (sock.state === "FIN_WAIT2" && sock.closed)) {
    sockRemove(s, sock);
    return;
  }
  if (cb.unacked.length === 0) return;
  const limit = sock.state === "SYN_SENT" ? SYN_RETRIES : sock.state === "SYN_RECV" ? SYNACK_RETRIES : RETRIES2;
  if (cb.retries >= limit) {
    if (sock.closed || sock.parent !== undefined) {
      sockRemove(s, sock);
      return;
    }
    if (sock.state === "SYN_SENT") sock.settledAt = s.now;
    sock.state = "CLOSE";
    sock.error = "ETIMEDOUT";
    sockNotify(s, sock, "reset");
    return;
  }
  cb.retries++;
  cb.rto = Math.min(cb.rto * 2, RTO_MAX_MS);
  const head = cb.unacked[0];
  const flags: TcpFlags = head.syn
    ? sock.state === "SYN_RECV"
      ? { syn: true, ack: true }
      : { syn: true }
    : { ack: true, ...(head.fin ? { fin: true } : {}), ...(head.data.length ? { psh: true } : {}) };
  emit(s, sock, flags, head.seq, head.data);
  armTimer(s, sock, cb.rto);
}
