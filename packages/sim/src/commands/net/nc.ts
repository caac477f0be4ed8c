/**
 * nc (netcat-openbsd 1.219, Debian's default nc): TCP and UDP client,
 * port checks (-z, ranges, -v messages), and a listener (-l [-p] PORT).
 *
 * Waiting on the virtual clock: a client reads until the peer closes, -q
 * seconds after its input ends, -w seconds of silence, or NC_IDLE_MS; a
 * listener waits NC_IDLE_MS for a connection. A real nc would wait for
 * Ctrl-C; here the terminal shows "^C" and the status is 130, as it would be.
 */
import { asBytes } from "../../bytes.js";
import type { Command } from "../types.js";
import type { Process } from "../../process/process.js";
import { STRERROR } from "../../kernel/errno.js";
import { resolve4 } from "./traffic/resolve.js";
import { serviceName, servicePort } from "./traffic/services.js";
import { closeAndSettle, readUntil, tcpConnectWait } from "./traffic/tcp-client.js";
import { waitUntil } from "./traffic/wait.js";

/** how long nc waits for something to happen before its simulated Ctrl-C, in ms of virtual time */
export const NC_IDLE_MS = 10_000;

const USAGE_HINT = "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n";

interface NcOptions {
  listen: boolean;
  zero: boolean;
  verbose: boolean;
  udp: boolean;
  port?: string;
  waitMs?: number;
  quitMs?: number;
  operands: string[];
}

function parse(proc: Process): NcOptions | number {
  const o: NcOptions = { listen: false, zero: false, verbose: false, udp: false, operands: [] };
  const args = proc.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-") || a === "-") {
      o.operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const ch = a[j];
      const val = (): string | undefined => {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        j = a.length;
        return v;
      };
      if (ch === "l") o.listen = true;
      else if (ch === "z") o.zero = true;
      else if (ch === "v") o.verbose = true;
      else if (ch === "u") o.udp = true;
      else if ("nN46dkD".includes(ch)) continue;
      else if (ch === "p") o.port = val();
      else if (ch === "w" || ch === "q") {
        const v = val();
        if (v === undefined || !/^-?\d+$/.test(v)) {
          proc.stderr.write(`nc: ${ch === "w" ? "timeout" : "quit timer"} invalid: ${v ?? ""}\n`);
          return 1;
        }
        if (ch === "w") o.waitMs = Number(v) * 1000;
        else o.quitMs = Number(v) < 0 ? undefined : Number(v) * 1000;
      } else {
        proc.stderr.write(`nc: invalid option -- '${ch}'\n${USAGE_HINT}`);
        return 1;
      }
    }
  }
  return o;
}

function portList(text: string): number[] | undefined {
  const m = /^(\d+)-(\d+)$/.exec(text);
  if (m) {
    const [lo, hi] = [Number(m[1]), Number(m[2])];
    if (lo < 1 || hi > 65535 || lo > hi || hi - lo > 1024) return undefined;
    return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
  }
  const p = servicePort("tcp", text);
  return p !== undefined && p >= 1 && p <= 65535 ? [p] : undefined;
}

export const nc: Command = {
  name: "nc",
  summary: "nc - arbitrary TCP and UDP connections and listens",
  man: `NAME
nc - arbitrary TCP and UDP connections and listens

SYNOPSIS
nc [-lnuvz] [-p source_port] [-q seconds] [-w timeout] [destination] [port]

OPTIONS
-l   Listen for an incoming connection rather than initiating one.
-p   The port to listen on (with -l).
-u   Use UDP instead of TCP.
-v   Produce more verbose output.
-w   Connections and stdin silence longer than timeout seconds end nc.
-q   After EOF on stdin, wait the specified number of seconds and then quit.
-z   Scan for listening daemons, without sending any data.

In Rootlab time is virtual; nc waits at most ${NC_IDLE_MS / 1000} s for something to happen.
`,
  complete: () => ["-l", "-p", "-u", "-v", "-w", "-q", "-z", "-n"],
  run(proc) {
    const o = parse(proc);
    if (typeof o === "number") return o;
    return o.listen ? listen(proc, o) : connect(proc, o);
  },
};

function interrupted(proc: Process): number {
  proc.stdout.write("^C\n");
  return 130;
}

function connect(proc: Process, o: NcOptions): number {
  if (o.operands.length < 2) {
    proc.stderr.write(USAGE_HINT);
    return 1;
  }
  const [host, portText] = o.operands;
  const dst = resolve4(proc, host);
  if (!dst) {
    proc.stderr.write(`nc: getaddrinfo for host "${host}" port ${portText}: Temporary failure in name resolution\n`);
    return 1;
  }
  const ports = portList(portText);
  if (!ports) {
    proc.stderr.write(`nc: port range not valid\n`);
    return 1;
  }
  const proto = o.udp ? "udp" : "tcp";
  const net = proc.host.kernel.net;
  // -p: the source port, bound before connecting
  const sourcePort = o.port === undefined ? undefined : servicePort(proto, o.port);
  if (o.port !== undefined && sourcePort === undefined) {
    proc.stderr.write(`nc: getaddrinfo: Servname not supported for ai_socktype\n`);
    return 1;
  }
  if (o.udp) {
    const sock = net.socket("udp", { comm: "nc", pid: 0, fd: 3 });
    const bound = sourcePort === undefined ? { ok: true as const } : net.bind(sock, "0.0.0.0", sourcePort);
    const r = bound.ok ? net.connect(sock, dst, ports[0]) : bound;
    if (!r.ok) {
      if (o.verbose) proc.stderr.write(`nc: connect to ${host} port ${ports[0]} (udp) failed: ${STRERROR[r.errno]}\n`);
      net.close(sock);
      return 1;
    }
    if (o.verbose) proc.stderr.write(`Connection to ${host} ${ports[0]} port [udp/${serviceName("udp", ports[0]) ?? "*"}] succeeded!\n`);
    const data = proc.stdin.bytes();
    if (!o.zero && data.length > 0) net.send(sock, data);
    const limit = o.waitMs ?? NC_IDLE_MS;
    waitUntil(proc, () => sock.messages.length > 0, limit);
    for (const m of sock.messages) if (m.data) proc.stdout.writeBytes(asBytes(m.data));
    net.close(sock);
    return o.waitMs !== undefined || o.zero ? 0 : interrupted(proc);
  }
  let anyOk = false;
  for (const port of ports) {
    const c = tcpConnectWait(proc, dst, port, o.waitMs, { comm: "nc", pid: 0, fd: 3 }, sourcePort);
    if (!c.ok) {
      if (o.verbose) {
        // netcat-openbsd's own -w timer: it reports the connect(2) still in progress
        const why = c.error === "timeout" ? "timed out: Operation now in progress" : `failed: ${STRERROR[c.error]}`;
        proc.stderr.write(`nc: connect to ${host} port ${port} (${proto}) ${why}\n`);
      }
      continue;
    }
    anyOk = true;
    if (o.verbose) proc.stderr.write(`Connection to ${host} ${port} port [${proto}/${serviceName("tcp", port) ?? "*"}] succeeded!\n`);
    const sock = c.sock;
    if (o.zero) {
      closeAndSettle(proc, sock);
      continue;
    }
    const input = proc.stdin.bytes();
    if (input.length > 0) net.send(sock, input);
    const stdinEnded = !proc.stdin.isTTY;
    const limit = stdinEnded && o.quitMs !== undefined ? o.quitMs : (o.waitMs ?? NC_IDLE_MS);
    const got = readUntil(proc, sock, () => false, limit);
    if (got.data) proc.stdout.writeBytes(asBytes(got.data));
    const peerClosed = got.eof;
    closeAndSettle(proc, sock);
    if (!peerClosed && o.waitMs === undefined && o.quitMs === undefined) return interrupted(proc);
    return 0;
  }
  return anyOk ? 0 : 1;
}

function listen(proc: Process, o: NcOptions): number {
  const portText = o.port ?? o.operands[o.operands.length - 1];
  const port = portText === undefined ? undefined : servicePort("tcp", portText);
  if (port === undefined) {
    proc.stderr.write(USAGE_HINT);
    return 1;
  }
  const net = proc.host.kernel.net;
  const owner = { comm: "nc", pid: 0, fd: 3 };
  const sock = net.socket(o.udp ? "udp" : "tcp", owner);
  const b = net.bind(sock, "0.0.0.0", port);
  if (!b.ok) {
    net.close(sock);
    proc.stderr.write(`nc: ${STRERROR[b.errno]}\n`);
    return 1;
  }
  if (o.verbose) proc.stderr.write(`Listening on 0.0.0.0 ${port}\n`);
  if (o.udp) {
    const got = waitUntil(proc, () => sock.messages.length > 0, o.waitMs ?? NC_IDLE_MS);
    for (const m of sock.messages) if (m.data) proc.stdout.writeBytes(asBytes(m.data));
    net.close(sock);
    return got ? 0 : interrupted(proc);
  }
  net.listen(sock, 1);
  let child = net.accept(sock, owner);
  if (!child && waitUntil(proc, () => (sock.acceptQueue?.length ?? 0) > 0, NC_IDLE_MS)) child = net.accept(sock, owner);
  net.close(sock);
  if (!child) return interrupted(proc);
  if (o.verbose) proc.stderr.write(`Connection received on ${child.remote} ${child.rport}\n`);
  const input = proc.stdin.bytes();
  if (input.length > 0) net.send(child, input);
  const got = readUntil(proc, child, () => false, o.waitMs ?? NC_IDLE_MS);
  if (got.data) proc.stdout.writeBytes(asBytes(got.data));
  closeAndSettle(proc, child);
  return got.eof ? 0 : interrupted(proc);
}
