/**
 * ping (iputils 20221126): ICMP echo through the host's kernel, waiting on
 * the virtual clock. The header, reply, error and summary lines are
 * iputils' own; exit status 0 when a reply came, 1 when none did, 2 for
 * errors before sending (unknown host, no route, bad device).
 *
 * Without -c or -w, a real ping runs until Ctrl-C; here it sends 4 requests
 * and stops as if Ctrl-C had been pressed then (the terminal shows "^C"), so
 * a learner's habit of typing plain `ping HOST` ends by itself.
 */
import { parseOptions } from "../files/options.js";
import type { Command } from "../types.js";
import type { Process } from "../../process/process.js";
import type { SockMessage } from "../../kernel/net/packet/state.js";
import { STRERROR } from "../../kernel/errno.js";
import { fmtG, ms3, pingTime } from "./traffic/format.js";
import { isIp4, resolve4, reverse4 } from "./traffic/resolve.js";
import { waitUntil } from "./traffic/wait.js";

const USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

/** requests a plain `ping HOST` sends before its simulated Ctrl-C */
export const PING_DEFAULT_COUNT = 4;
/** the longest a single ping run may last, in ms of virtual time */
const MAX_RUN_MS = 3_600_000;

const ERR_TEXT: Record<string, Record<number, string>> = {
  "dest-unreach": {
    0: "Destination Net Unreachable",
    1: "Destination Host Unreachable",
    2: "Destination Protocol Unreachable",
    3: "Destination Port Unreachable",
    13: "Packet filtered",
  },
  "time-exceeded": { 0: "Time to live exceeded", 1: "Frag reassembly time exceeded" },
};

function num(proc: Process, text: string, min: number, max: number, isFloat = false): number | undefined {
  const ok = isFloat ? /^\d+(\.\d*)?$|^\.\d+$/.test(text) : /^\d+$/.test(text);
  if (!ok) {
    proc.stderr.write(`ping: invalid argument: '${text}'\n`);
    return undefined;
  }
  const v = Number(text);
  if (v < min || v > max) {
    const maxText = max === Number.MAX_SAFE_INTEGER ? "9223372036854775807" : String(max);
    proc.stderr.write(`ping: invalid argument: '${text}': out of range: ${min} <= value <= ${maxText}\n`);
    return undefined;
  }
  return v;
}

export const ping: Command = {
  name: "ping",
  summary: "ping - send ICMP ECHO_REQUEST to network hosts",
  man: `NAME
ping - send ICMP ECHO_REQUEST to network hosts

SYNOPSIS
ping [-bnq] [-c count] [-i interval] [-I interface] [-s packetsize] [-t ttl] [-W timeout] [-w deadline] destination

DESCRIPTION
ping uses the ICMP protocol's mandatory ECHO_REQUEST datagram to elicit an
ICMP ECHO_RESPONSE from a host or gateway.

OPTIONS
-c count     Stop after sending count ECHO_REQUEST packets.
-i interval  Wait interval seconds between sending each packet (default 1).
-b           Allow pinging a broadcast address.
-I interface Bind to this interface (name) or source address.
-n           Numeric output only.
-q           Quiet output: only the summary lines.
-s size      Data bytes to send (default 56, 84 bytes with the headers).
-t ttl       Set the IP Time to Live.
-W timeout   Time to wait for a response, in seconds (default 10).
-w deadline  Stop after deadline seconds, however many packets were sent.

In Rootlab time is virtual: ping returns at once and the lab's clock moves
on. Without -c or -w it sends 4 requests and stops as if interrupted.
`,
  complete: () => ["-b", "-c", "-i", "-I", "-n", "-q", "-s", "-t", "-W", "-w"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      { key: "c", short: "c", arg: "required" },
      { key: "i", short: "i", arg: "required" },
      { key: "I", short: "I", arg: "required" },
      { key: "W", short: "W", arg: "required" },
      { key: "w", short: "w", arg: "required" },
      { key: "s", short: "s", arg: "required" },
      { key: "t", short: "t", arg: "required" },
      { key: "n", short: "n" },
      { key: "q", short: "q" },
      { key: "b", short: "b" },
      { key: "4", short: "4" },
      { key: "v", short: "v" },
      { key: "h", short: "h" },
      { key: "V", short: "V" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`ping: ${parsed.error}\n${USAGE}`);
      return 2;
    }
    const o = new Map(parsed.list.map((x) => [x.key, x.value ?? ""]));
    if (o.has("V")) {
      proc.stdout.write("ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n");
      return 0;
    }
    if (o.has("h")) {
      proc.stdout.write(USAGE);
      return 2;
    }
    let count: number | undefined;
    if (o.has("c")) {
      // iputils takes a long long: its bound is printed as 9223372036854775807
      count = num(proc, o.get("c")!, 1, Number.MAX_SAFE_INTEGER);
      if (count === undefined) return 1;
    }
    const interval = o.has("i") ? num(proc, o.get("i")!, 0, 2147483, true) : 1;
    if (interval === undefined) return 1;
    const timeout = o.has("W") ? num(proc, o.get("W")!, 0, 2147483, true) : 10;
    if (timeout === undefined) return 1;
    const deadline = o.has("w") ? num(proc, o.get("w")!, 0, 2147483, true) : undefined;
    if (o.has("w") && deadline === undefined) return 1;
    const size = o.has("s") ? num(proc, o.get("s")!, 0, 65507) : 56;
    if (size === undefined) return 1;
    const ttl = o.has("t") ? num(proc, o.get("t")!, 0, 255) : undefined;
    if (o.has("t") && ttl === undefined) return 1;
    const quiet = o.has("q");
    if (parsed.operands.length === 0) {
      proc.stderr.write("ping: usage error: Destination address required\n");
      return 1;
    }
    const target = parsed.operands[parsed.operands.length - 1];
    const dst = resolve4(proc, target);
    if (!dst) {
      proc.stderr.write(`ping: ${target}: Temporary failure in name resolution\n`);
      return 2;
    }
    const numeric = o.has("n") || isIp4(target);
    const net = proc.host.kernel.net;
    const sockR = net.pingSocket({ comm: "ping", pid: 0, fd: 3 });
    if (!sockR.ok) {
      proc.stderr.write(`ping: socket: ${STRERROR[sockR.errno]}\n`);
      return 2;
    }
    const sock = sockR.value;
    try {
      let device = "";
      let src: string | undefined;
      if (o.has("I")) {
        const dev = o.get("I")!;
        if (isIp4(dev)) {
          src = dev;
          if (!proc.host.kernel.addrs4().some((a) => a.local === dev)) {
            proc.stderr.write(`ping: bind icmp socket: ${STRERROR.EADDRNOTAVAIL}\n`);
            return 2;
          }
        } else {
          const link = proc.host.kernel.linkByName(dev);
          if (!link) {
            proc.stderr.write(`ping: SO_BINDTODEVICE ${dev}: No such device\n`);
            return 2;
          }
          net.bindToDevice(sock, link.ifindex);
          device = dev;
        }
      }
      if (ttl !== undefined) net.setTtl(sock, ttl);
      // connect() as iputils does to learn the source address: fails at once without a route
      const route = net.route(dst, sock.boundIfindex);
      if (!route.ok) {
        // EACCES (a prohibit route, a firewall): iputils takes it for a broadcast address unless -b allows one, then tries again
        if (route.errno === "EACCES" && !o.has("b")) {
          proc.stderr.write("ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n");
          return 2;
        }
        if (route.errno === "EACCES") proc.stderr.write("WARNING: pinging broadcast address\n");
        proc.stderr.write(`ping: connect: ${STRERROR[route.errno]}\n`);
        return 2;
      }
      src ??= route.value.src;
      const from = o.has("I") ? `from ${src} ${device}: ` : "";
      proc.stdout.write(`PING ${target} (${dst}) ${from}${size}(${size + 28}) bytes of data.\n`);

      const name = (addr: string) => {
        if (numeric) return addr;
        const n = reverse4(proc, addr);
        return n ? `${n} (${addr})` : addr;
      };
      const clock = proc.host.world.clock;
      const start = clock.now;
      const interrupted = count === undefined && deadline === undefined;
      const total = count ?? (deadline !== undefined ? Number.MAX_SAFE_INTEGER : PING_DEFAULT_COUNT);
      const stopAt = start + Math.min(MAX_RUN_MS, deadline !== undefined ? deadline * 1000 : MAX_RUN_MS);
      let sent = 0;
      let received = 0;
      let errors = 0;
      let pipe = 1;
      let lastEvent = start;
      const rtts: number[] = [];
      const answered = new Set<number>();
      const handle = (m: SockMessage) => {
        if (m.icmpType) {
          errors++;
          answered.add(m.origSeq ?? -1);
          // iputils' "time" counts to the last send or reply, not to errors
          pipe = Math.max(pipe, sent - (m.origSeq ?? sent) + 1);
          if (!quiet) proc.stdout.write(`From ${name(m.from)} icmp_seq=${m.origSeq} ${ERR_TEXT[m.icmpType]?.[m.icmpCode ?? 0] ?? "Bad ICMP type"}\n`);
          return;
        }
        if (m.from !== dst || answered.has(m.seq ?? -1)) return;
        answered.add(m.seq ?? -1);
        received++;
        pipe = Math.max(pipe, sent - (m.seq ?? sent) + 1);
        lastEvent = m.at;
        const rtt = m.at - (m.sentAt ?? m.at);
        rtts.push(rtt);
        if (!quiet) proc.stdout.write(`${size + 8} bytes from ${name(m.from)}: icmp_seq=${m.seq} ttl=${m.ttl} time=${pingTime(rtt)} ms\n`);
      };
      const drain = () => {
        while (sock.messages.length > 0) handle(sock.messages.shift()!);
      };
      for (let seq = 1; seq <= total && clock.now < stopAt; seq++) {
        const r = net.sendEcho(sock, dst, seq, size, src);
        if (!r.ok) {
          proc.stderr.write(`ping: sendmsg: ${STRERROR[r.errno]}\n`);
          errors++;
        }
        sent++;
        lastEvent = clock.now;
        if (seq === total) break;
        const next = clock.now + Math.max(1, Math.round(interval * 1000));
        waitUntil(proc, () => (drain(), clock.now >= next), Math.min(next, stopAt) - clock.now);
      }
      // after the last request: wait for the outstanding answers, at most -W (or until the deadline)
      const linger = deadline !== undefined ? stopAt - clock.now : Math.round(timeout * 1000);
      waitUntil(proc, () => (drain(), answered.size >= sent), Math.max(0, Math.min(linger, stopAt - clock.now)));
      drain();

      if (interrupted) proc.stdout.write("^C");
      const loss = sent ? ((sent - received) * 100) / sent : 0;
      let line = `${sent} packets transmitted, ${received} received`;
      if (errors) line += `, +${errors} errors`;
      if (sent) line += `, ${fmtG(loss)}% packet loss, time ${Math.floor(lastEvent - start)}ms`;
      proc.stdout.write(`\n--- ${target} ping statistics ---\n${line}\n`);
      let tail = "";
      if (received) {
        const min = Math.min(...rtts);
        const max = Math.max(...rtts);
        const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
        const mdev = Math.sqrt(rtts.reduce((a, b) => a + b * b, 0) / rtts.length - avg * avg) || 0;
        tail = `rtt min/avg/max/mdev = ${ms3(min)}/${ms3(avg)}/${ms3(max)}/${ms3(mdev)} ms`;
      }
      if (pipe > 1) tail += `${tail ? ", " : ""}pipe ${pipe}`;
      proc.stdout.write(`${tail}\n`);
      return received > 0 ? 0 : 1;
    } finally {
      net.close(sock);
    }
  },
};
