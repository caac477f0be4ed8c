/**
 * A TCP client conversation as curl, wget and nc make it: connect (waiting
 * on the virtual clock for the handshake, a refusal, an ICMP error or a
 * timeout), send, read until the peer closes or a condition holds.
 */
import type { Errno } from "../../../kernel/errno.js";
import type { SocketOwner, SocketState } from "../../../kernel/net/packet/state.js";
import type { Process } from "../../../process/process.js";
import { waitUntil } from "./wait.js";

/** how long connect() may wait when the caller sets no timeout: past the kernel's SYN retries (127 s) */
export const CONNECT_WAIT_MS = 130_000;

export type ConnectResult =
  | { ok: true; sock: SocketState; ms: number }
  /** errno from the kernel, or "timeout" when the caller's own limit struck first */
  | { ok: false; error: Errno | "timeout"; ms: number };

export function tcpConnectWait(proc: Process, dst: string, port: number, limitMs: number | undefined, owner: SocketOwner, sourcePort?: number): ConnectResult {
  const net = proc.host.kernel.net;
  const clock = proc.host.world.clock;
  const start = clock.now;
  const sock = net.socket("tcp", owner);
  // bind(2) before connect(2): a chosen source port (nc -p)
  const b = sourcePort === undefined ? { ok: true as const } : net.bind(sock, "0.0.0.0", sourcePort);
  const r = b.ok ? net.connect(sock, dst, port) : b;
  if (!r.ok) {
    net.close(sock);
    return { ok: false, error: r.errno, ms: 0 };
  }
  const settled = () => sock.state !== "SYN_SENT";
  const done = waitUntil(proc, settled, limitMs ?? CONNECT_WAIT_MS);
  // the moment the handshake ended, not the end of the step that noticed it
  const ms = (done && sock.settledAt !== undefined ? sock.settledAt : clock.now) - start;
  if (!done) {
    net.close(sock);
    return { ok: false, error: "timeout", ms };
  }
  if (sock.state === "CLOSE" || sock.error) {
    const error = (sock.error as Errno | undefined) ?? "ECONNREFUSED";
    net.close(sock);
    return { ok: false, error, ms };
  }
  return { ok: true, sock, ms };
}

/** wait until `enough(received so far)` or the peer closes or `limitMs` pass; returns what arrived and whether the peer closed */
export function readUntil(proc: Process, sock: SocketState, enough: (data: string, eof: boolean) => boolean, limitMs: number): { data: string; eof: boolean; timedOut: boolean } {
  const net = proc.host.kernel.net;
  let data = "";
  const eof = () => sock.tcp?.finRcvd === true || sock.state === "CLOSE";
  const done = waitUntil(
    proc,
    () => {
      data += net.read(sock);
      return enough(data, eof()) || eof();
    },
    limitMs,
  );
  data += net.read(sock);
  return { data, eof: eof(), timedOut: !done };
}

/**
 * close(2) and let the kernel finish the FIN exchange (well under a ms on a
 * LAN) before the program exits, as real time would pass before the next
 * command: `ss` right after `curl` then shows TIME-WAIT, not FIN-WAIT-1.
 */
export function closeAndSettle(proc: Process, sock: SocketState): void {
  const net = proc.host.kernel.net;
  net.close(sock);
  const busy = () => sock.state === "FIN_WAIT1" || sock.state === "CLOSING" || sock.state === "LAST_ACK";
  waitUntil(proc, () => !busy() || !net.sockets().includes(sock), 5);
}
