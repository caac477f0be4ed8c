/**
 * One host's IPv4 network stack: the `Kernel.net` API. A view over
 * `KernelState` (links, addresses, routes, `net`) plus the environment the
 * world hands in (the wire, timers, PRNG). The work is done in the layer
 * modules, each a set of functions over this object:
 *
 *   link.ts    NIC receive/transmit, taps (tcpdump), counters
 *   neigh.ts   ARP and the neighbour table (NUD states)
 *   ipv4.ts    ip_rcv, ip_forward, ip_local_deliver, ip_output, with the
 *              netfilter hooks of netfilter.ts at Linux's five points
 *   icmp.ts    echo, errors (unreachable, time exceeded)
 *   udp.ts, tcp.ts   transport; socket.ts the socket table
 *
 * Userland (commands, services) calls only the methods below, the way a
 * program makes system calls; it reads socket records but never writes them.
 * Time: every frame takes LINK_DELAY_MS of virtual time per hop (world/
 * network.ts); processing inside a host takes none.
 */
import type { Clock } from "../../../world/clock.js";
import { type Result, fail, ok } from "../../errno.js";
import type { KernelState, LinkState } from "../../state.js";
import type { NetEnv, NetTimerKind } from "./env.js";
import { defaultTtl, ipOutput, nextIpId } from "./ipv4.js";
import { closeTap, netifReceive, openTap } from "./link.js";
import { neighFlush, neighIfdown, neighTimer } from "./neigh.js";
import { routeOutput } from "./route-input.js";
import { ephemeralPort, sockAccept, sockBind, sockCreate, sockGet, sockListen, sockRemove } from "./socket.js";
import { type CapturedFrame, type NeighEntry, type NetState, newNetState, type SocketOwner, type SocketState } from "./state.js";
import { tcpClose, tcpConnect, tcpSend, tcpShutdownWrite, tcpTimer } from "./tcp.js";
import { type PacketDecision, packetDecisions } from "./trace.js";
import type { EthFrame, Ipv4Packet } from "./types.js";
import { udpSendto } from "./udp.js";

export class NetStack {
  constructor(
    readonly k: KernelState,
    readonly clock: Clock,
    readonly env: NetEnv,
    /** the kernel's printk (Kernel.printk): the log buffer, stamped since boot, and the syslog daemon */
    private readonly log: (text: string) => void,
  ) {}

  get net(): NetState {
    this.k.net ??= newNetState();
    return this.k.net;
  }

  /** ms of virtual time */
  get now(): number {
    return this.clock.now;
  }

  link(ifindex: number): LinkState | undefined {
    return this.k.links.find((l) => l.ifindex === ifindex);
  }

  sysctl(name: string): string | undefined {
    return this.k.sysctl[name];
  }

  /** printk (`text` may start with a KERN_* level): into the ring buffer dmesg reads, and on to the host's syslog daemon */
  printk(text: string): void {
    this.log(text);
  }

  // --- entry points for the world ------------------------------------------------

  /** a frame arrived from the cable of link `ifindex` */
  receive(ifindex: number, frame: EthFrame): void {
    netifReceive(this, ifindex, frame);
  }

  /** one of this stack's timers fired */
  timer(kind: NetTimerKind, data: Record<string, unknown>): void {
    if (kind === "net.neigh") neighTimer(this, data.ifindex as number, data.ip as string);
    else if (kind === "net.tcp") tcpTimer(this, data.sock as number, data.delack === true);
  }

  /** a link went down (the kernel's NETDEV_DOWN): its neighbours go */
  linkDown(ifindex: number): void {
    neighIfdown(this, ifindex);
  }

  /** this host's recent packet decisions (trace.ts), oldest first; only those numbered `mark` or later when given */
  decisions(mark = 0): PacketDecision[] {
    return packetDecisions(this.k, mark);
  }

  // --- neighbours -------------------------------------------------------------------

  neighbours(): readonly NeighEntry[] {
    return this.net.neigh;
  }

  neighFlush(ifindex?: number, match?: (n: NeighEntry) => boolean): number {
    return neighFlush(this, ifindex, match);
  }

  // --- capture (AF_PACKET) ----------------------------------------------------------

  openTap(ifindex: number): number {
    return openTap(this, ifindex);
  }

  tapFrames(id: number): readonly CapturedFrame[] {
    return this.net.taps.find((t) => t.id === id)?.frames ?? [];
  }

  closeTap(id: number): void {
    closeTap(this, id);
  }

  // --- sockets --------------------------------------------------------------------

  sockets(): readonly SocketState[] {
    return this.net.sockets;
  }

  socket(proto: SocketState["proto"], owner?: SocketOwner): SocketState {
    return sockCreate(this, proto, owner);
  }

  get(id: number): SocketState | undefined {
    return sockGet(this, id);
  }

  bind(sock: SocketState, addr: string, port: number): Result {
    return sockBind(this, sock, addr, port);
  }

  listen(sock: SocketState, backlog = 128): Result {
    return sockListen(this, sock, backlog);
  }

  accept(listener: SocketState, owner?: SocketOwner): SocketState | undefined {
    return sockAccept(this, listener, owner);
  }

  /** SO_BINDTODEVICE */
  bindToDevice(sock: SocketState, ifindex: number): Result {
    if (!this.link(ifindex)) return fail("ENODEV");
    sock.boundIfindex = ifindex;
    return ok();
  }

  setTtl(sock: SocketState, ttl: number): void {
    sock.ttl = ttl;
  }

  /** TCP: start connecting (watch `state`/`error`); UDP/ICMP: fix the peer */
  connect(sock: SocketState, dst: string, port: number): Result {
    if (sock.proto === "tcp") return tcpConnect(this, sock, dst, port);
    const r = routeOutput(this, dst, sock.boundIfindex);
    if (!r.ok) return fail(r.errno);
    if (sock.lport === 0) {
      const b = sockBind(this, sock, "0.0.0.0", 0);
      if (!b.ok) return b;
    }
    if (sock.local === "0.0.0.0") sock.local = r.value.src;
    sock.remote = dst;
    sock.rport = port;
    sock.state = "ESTABLISHED";
    return ok();
  }

  send(sock: SocketState, data: string): Result {
    if (sock.proto === "tcp") return tcpSend(this, sock, data);
    if (sock.remote === undefined) return fail("ENOTCONN" as const);
    return this.sendto(sock, sock.remote, sock.rport ?? 0, data);
  }

  sendto(sock: SocketState, dst: string, port: number, data: string): Result {
    if (sock.proto !== "udp") return fail("EOPNOTSUPP");
    return udpSendto(this, sock, dst, port, data);
  }

  /** take what the stream has received so far */
  read(sock: SocketState): string {
    const data = sock.rx;
    sock.rx = "";
    return data;
  }

  shutdownWrite(sock: SocketState): void {
    if (sock.proto === "tcp") tcpShutdownWrite(this, sock);
  }

  close(sock: SocketState): void {
    if (sock.proto === "tcp" && sock.tcp) tcpClose(this, sock);
    else if (sock.proto === "tcp" && sock.state === "LISTEN") tcpClose(this, sock);
    else sockRemove(this, sock);
  }

  /**
   * An ICMP echo socket (SOCK_DGRAM, IPPROTO_ICMP, as ping uses): the
   * kernel picks the echo identifier like a port.
   */
  pingSocket(owner?: SocketOwner): Result<SocketState> {
    const sock = sockCreate(this, "icmp", owner);
    const id = ephemeralPort(this, "icmp");
    if (!id.ok) {
      sockRemove(this, sock);
      return id;
    }
    sock.lport = id.value;
    return ok(sock);
  }

  /** send one echo request with `dataLen` bytes of payload; ENETUNREACH etc. when it cannot leave */
  sendEcho(sock: SocketState, dst: string, seq: number, dataLen: number, src?: string): Result {
    return ipOutput(
      this,
      {
        src: src ?? (sock.local !== "0.0.0.0" ? sock.local : ""),
        dst,
        ttl: sock.ttl ?? defaultTtl(this),
        id: nextIpId(this),
        proto: "icmp",
        icmp: { type: "echo-request", code: 0, id: sock.lport, seq, dataLen, sentAt: this.now },
      },
      { oif: sock.boundIfindex },
    );
  }

  /**
   * A packet the program built itself (SOCK_RAW with IP_HDRINCL, as hping3
   * sends): out through OUTPUT and POSTROUTING like any local packet; an
   * empty `src` lets the route choose. No socket remembers it, so replies
   * meet the kernel's own protocols (a SYN-ACK nobody asked for is answered
   * with a RST, as Linux does); the program reads them from a capture tap.
   * Fails like sendto(2): ENETUNREACH without a route.
   */
  rawSend(pkt: Ipv4Packet, oif?: number): Result {
    return ipOutput(this, pkt, { oif });
  }

  /** the route and source address a packet to `dst` would take (connect's choice) */
  route(dst: string, oif?: number) {
    return routeOutput(this, dst, oif);
  }
}
