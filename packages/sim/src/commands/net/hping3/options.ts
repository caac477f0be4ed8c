/**
 * hping3's command line (3.0.0-alpha-2, parseoptions.c with antigetopt):
 * short options cluster (`-SA`), long options may be abbreviated
 * (`--co 3`), one target host. The subset the course needs is simulated;
 * other real options are recognised and refused with a Rootlab message,
 * so a learner is never told a real option does not exist.
 */

export type HpingMode = "tcp" | "icmp" | "udp";

export interface HpingOptions {
  mode: HpingMode;
  /** TCP flags in hping's order R S A F P U X Y */
  flags: { rst: boolean; syn: boolean; ack: boolean; fin: boolean; psh: boolean; urg: boolean };
  /** -c; undefined: until interrupted */
  count?: number;
  /** ms between packets (-i N, -i uN, --fast) */
  intervalMs: number;
  dport: number;
  /** -p +N: the port moves on with each reply; -p ++N: with each packet sent */
  incDport: boolean;
  forceIncDport: boolean;
  /** -s; undefined: random in 1024..3023 */
  baseSport?: number;
  keep: boolean;
  /** -a: the source address written in the packets */
  spoof?: string;
  ttl: number;
  win: number;
  /** -M: the TCP sequence number of every packet; undefined: random */
  setseq?: number;
  /** -L: the TCP acknowledgement number; undefined: random */
  setack?: number;
  dataSize: number;
  numeric: boolean;
  quiet: boolean;
  target?: string;
}

export type HpingParse = { ok: true; o: HpingOptions } | { ok: false; stdout?: string; stderr?: string; status: number };

interface Spec {
  long: string;
  short?: string;
  arg: boolean;
  /** not simulated: refused with a Rootlab message */
  unsupported?: boolean;
}

const SPECS: Spec[] = [
  { long: "count", short: "c", arg: true },
  { long: "interval", short: "i", arg: true },
  { long: "numeric", short: "n", arg: false },
  { long: "quiet", short: "q", arg: false },
  { long: "interface", short: "I", arg: true, unsupported: true },
  { long: "help", short: "h", arg: false },
  { long: "version", short: "v", arg: false },
  { long: "destport", short: "p", arg: true },
  { long: "baseport", short: "s", arg: true },
  { long: "ttl", short: "t", arg: true },
  { long: "id", short: "N", arg: true, unsupported: true },
  { long: "win", short: "w", arg: true },
  { long: "spoof", short: "a", arg: true },
  { long: "fin", short: "F", arg: false },
  { long: "syn", short: "S", arg: false },
  { long: "rst", short: "R", arg: false },
  { long: "push", short: "P", arg: false },
  { long: "ack", short: "A", arg: false },
  { long: "urg", short: "U", arg: false },
  { long: "xmas", short: "X", arg: false, unsupported: true },
  { long: "ymas", short: "Y", arg: false, unsupported: true },
  { long: "frag", short: "f", arg: false, unsupported: true },
  { long: "morefrag", short: "x", arg: false, unsupported: true },
  { long: "dontfrag", short: "y", arg: false, unsupported: true },
  { long: "fragoff", short: "g", arg: true, unsupported: true },
  { long: "tcpoff", short: "O", arg: true, unsupported: true },
  { long: "rel", short: "r", arg: false, unsupported: true },
  { long: "data", short: "d", arg: true },
  { long: "rawip", short: "0", arg: false, unsupported: true },
  { long: "icmp", short: "1", arg: false },
  { long: "udp", short: "2", arg: false },
  { long: "scan", short: "8", arg: true, unsupported: true },
  { long: "bind", short: "z", arg: false },
  { long: "unbind", short: "Z", arg: false },
  { long: "debug", short: "D", arg: false, unsupported: true },
  { long: "verbose", short: "V", arg: false, unsupported: true },
  { long: "winid", short: "W", arg: false, unsupported: true },
  { long: "keep", short: "k", arg: false },
  { long: "file", short: "E", arg: true, unsupported: true },
  { long: "dump", short: "j", arg: false, unsupported: true },
  { long: "print", short: "J", arg: false, unsupported: true },
  { long: "sign", short: "e", arg: true, unsupported: true },
  { long: "listen", short: "9", arg: true, unsupported: true },
  { long: "safe", short: "B", arg: false, unsupported: true },
  { long: "traceroute", short: "T", arg: false, unsupported: true },
  { long: "tos", short: "o", arg: true, unsupported: true },
  { long: "mtu", short: "m", arg: true, unsupported: true },
  { long: "seqnum", short: "Q", arg: false, unsupported: true },
  { long: "badcksum", short: "b", arg: false, unsupported: true },
  { long: "setseq", short: "M", arg: true },
  { long: "setack", short: "L", arg: true },
  { long: "icmptype", short: "C", arg: true, unsupported: true },
  { long: "icmpcode", short: "K", arg: true, unsupported: true },
  { long: "end", short: "u", arg: false, unsupported: true },
  { long: "rroute", short: "G", arg: false, unsupported: true },
  { long: "ipproto", short: "H", arg: true, unsupported: true },
  { long: "fast", arg: false },
  { long: "faster", arg: false },
  { long: "flood", arg: false, unsupported: true },
  { long: "beep", arg: false },
  { long: "rand-dest", arg: false, unsupported: true },
  { long: "rand-source", arg: false, unsupported: true },
  { long: "tcpexitcode", arg: false, unsupported: true },
  { long: "tcp-timestamp", arg: false, unsupported: true },
  { long: "icmp-ts", arg: false, unsupported: true },
  { long: "icmp-addr", arg: false, unsupported: true },
  { long: "icmp-help", arg: false, unsupported: true },
  { long: "tr-stop", arg: false, unsupported: true },
  { long: "tr-keep-ttl", arg: false, unsupported: true },
  { long: "tr-no-rtt", arg: false, unsupported: true },
];

const TRY = "Try hping3 --help\n";

/** strtol(text, NULL, 0): leading number in C's bases, 0 when none */
function strtol(text: string): number {
  const m = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)/i.exec(text);
  if (!m) return 0;
  const body = m[2];
  const v = /^0x/i.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body.startsWith("0") ? parseInt(body, 8) : Number(body);
  return m[1] === "-" ? -v : v;
}

export function parseHping(args: string[]): HpingParse {
  const o: HpingOptions = {
    mode: "tcp",
    flags: { rst: false, syn: false, ack: false, fin: false, psh: false, urg: false },
    intervalMs: 1000,
    dport: 0,
    incDport: false,
    forceIncDport: false,
    keep: false,
    ttl: 64,
    win: 64,
    dataSize: 0,
    numeric: false,
    quiet: false,
  };
  let help = false;
  let version = false;
  let countGiven: string | undefined;
  const apply = (spec: Spec, value: string | undefined): HpingParse | undefined => {
    if (spec.unsupported) return { ok: false, stderr: `hping3: option --${spec.long} is not simulated in Rootlab\n`, status: 1 };
    const v = value ?? "";
    switch (spec.long) {
      case "count":
        countGiven = v;
        break;
      case "interval":
        o.intervalMs = v.startsWith("u") ? Math.max(0, strtol(v.slice(1))) / 1000 : strtol(v) * 1000;
        break;
      case "fast":
        o.intervalMs = 100;
        break;
      case "faster":
        o.intervalMs = 1;
        break;
      case "numeric":
        o.numeric = true;
        break;
      case "quiet":
        o.quiet = true;
        break;
      case "help":
        help = true;
        break;
      case "version":
        version = true;
        break;
      case "destport": {
        let p = v;
        if (p.startsWith("+")) {
          o.incDport = true;
          p = p.slice(1);
        }
        if (p.startsWith("+")) {
          o.forceIncDport = true;
          p = p.slice(1);
        }
        o.dport = strtol(p) & 0xffff;
        break;
      }
      case "baseport":
        o.baseSport = strtol(v) & 0xffff;
        break;
      case "ttl":
        o.ttl = strtol(v) & 0xff;
        break;
      case "setseq":
        o.setseq = strtol(v) >>> 0;
        break;
      case "setack":
        o.setack = strtol(v) >>> 0;
        break;
      case "win":
        o.win = strtol(v) & 0xffff;
        break;
      case "spoof":
        o.spoof = v;
        break;
      case "data":
        o.dataSize = Math.max(0, strtol(v)) & 0xffff;
        break;
      case "fin":
      case "syn":
      case "rst":
      case "ack":
      case "urg":
        o.flags[spec.long] = true;
        break;
      case "push":
        o.flags.psh = true;
        break;
      case "keep":
        o.keep = true;
        break;
      case "icmp":
        o.mode = "icmp";
        break;
      case "udp":
        o.mode = "udp";
        break;
      default:
        // --bind, --unbind, --beep: nothing to do without a keyboard or a speaker
        break;
    }
    return undefined;
  };

  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--") && a.length > 2) {
      const name = a.slice(2);
      const exact = SPECS.find((s) => s.long === name);
      const prefixed = SPECS.filter((s) => s.long.startsWith(name));
      const spec = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
      if (!spec) {
        const why = prefixed.length > 1 ? `option \`${a}' is ambiguous` : `unrecognized option \`${a}'`;
        return { ok: false, stderr: `hping3: ${why}\n${TRY}`, status: 1 };
      }
      let value: string | undefined;
      if (spec.arg) {
        if (i + 1 >= args.length) return { ok: false, stderr: `hping3: option \`--${spec.long}' requires an argument\n${TRY}`, status: 1 };
        value = args[++i];
      }
      const r = apply(spec, value);
      if (r) return r;
    } else if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const spec = SPECS.find((s) => s.short === a[j]);
        if (!spec) return { ok: false, stderr: `hping3: invalid option -- ${a[j]}\n${TRY}`, status: 1 };
        let value: string | undefined;
        if (spec.arg) {
          if (j + 1 < a.length) value = a.slice(j + 1);
          else if (i + 1 < args.length) value = args[++i];
          else return { ok: false, stderr: `hping3: option requires an argument -- ${a[j]}\n${TRY}`, status: 1 };
          j = a.length;
        }
        const r = apply(spec, value);
        if (r) return r;
      }
    } else {
      if (o.target !== undefined) return { ok: false, stderr: "hping3: you must specify only one target host at a time\n", status: 1 };
      o.target = a;
    }
  }
  if (help) return { ok: false, stdout: HPING_USAGE, status: 0 };
  if (version) return { ok: false, stdout: "hping3 version 3.0.0-alpha-2 ($Id: release.h,v 1.4 2004/04/09 23:38:56 antirez Exp $)\nThis binary is TCL scripting capable\n", status: 0 };
  if (countGiven !== undefined) {
    const c = strtol(countGiven);
    if (c <= 0) return { ok: false, stderr: "Option error: count must > 0\n", status: 1 };
    o.count = c;
  }
  if (o.target === undefined) return { ok: false, stdout: "hping3: missing host argument\nTry `hping3 --help' for more information.\n", status: 1 };
  return { ok: true, o };
}

export const HPING_USAGE = `usage: hping3 host [options]
  -h  --help      show this help
  -v  --version   show version
  -c  --count     packet count
  -i  --interval  wait (uX for X microseconds, for example -i u1000)
      --fast      alias for -i u10000 (10 packets for second)
      --faster    alias for -i u1000 (100 packets for second)
      --flood\t   sent packets as fast as possible. Don't show replies.
  -n  --numeric   numeric output
  -q  --quiet     quiet
  -I  --interface interface name (otherwise default routing interface)
  -V  --verbose   verbose mode
  -D  --debug     debugging info
  -z  --bind      bind ctrl+z to ttl           (default to dst port)
  -Z  --unbind    unbind ctrl+z
      --beep      beep for every matching packet received
Mode
  default mode     TCP
  -0  --rawip      RAW IP mode
  -1  --icmp       ICMP mode
  -2  --udp        UDP mode
  -8  --scan       SCAN mode.
                   Example: hping --scan 1-30,70-90 -S www.target.host
  -9  --listen     listen mode
IP
  -a  --spoof      spoof source address
  --rand-dest      random destionation address mode. see the man.
  --rand-source    random source address mode. see the man.
  -t  --ttl        ttl (default 64)
  -N  --id         id (default random)
  -W  --winid      use win* id byte ordering
  -r  --rel        relativize id field          (to estimate host traffic)
  -f  --frag       split packets in more frag.  (may pass weak acl)
  -x  --morefrag   set more fragments flag
  -y  --dontfrag   set don't fragment flag
  -g  --fragoff    set the fragment offset
  -m  --mtu        set virtual mtu, implies --frag if packet size > mtu
  -o  --tos        type of service (default 0x00), try --tos help
  -G  --rroute     includes RECORD_ROUTE option and display the route buffer
  --lsrr           loose source routing and record route
  --ssrr           strict source routing and record route
  -H  --ipproto    set the IP protocol field, only in RAW IP mode
ICMP
  -C  --icmptype   icmp type (default echo request)
  -K  --icmpcode   icmp code (default 0)
      --force-icmp send all icmp types (default send only supported types)
      --icmp-gw    set gateway address for ICMP redirect (default 0.0.0.0)
      --icmp-ts    Alias for --icmp --icmptype 13 (ICMP timestamp)
      --icmp-addr  Alias for --icmp --icmptype 17 (ICMP address subnet mask)
      --icmp-help  display help for others icmp options
UDP/TCP
  -s  --baseport   base source port             (default random)
  -p  --destport   [+][+]<port> destination port(default 0) ctrl+z inc/dec
  -k  --keep       keep still source port
  -w  --win        winsize (default 64)
  -O  --tcpoff     set fake tcp data offset     (instead of tcphdrlen / 4)
  -Q  --seqnum     shows only tcp sequence number
  -b  --badcksum   (try to) send packets with a bad IP checksum
                   many systems will fix the IP checksum sending the packet
                   so you'll get bad UDP/TCP checksum instead.
  -M  --setseq     set TCP sequence number
  -L  --setack     set TCP ack
  -F  --fin        set FIN flag
  -S  --syn        set SYN flag
  -R  --rst        set RST flag
  -P  --push       set PUSH flag
  -A  --ack        set ACK flag
  -U  --urg        set URG flag
  -X  --xmas       set X unused flag (0x40)
  -Y  --ymas       set Y unused flag (0x80)
  --tcpexitcode    use last tcp->th_flags as exit code
  --tcp-mss        enable the TCP MSS option with the given value
  --tcp-timestamp  enable the TCP timestamp option to guess the HZ/uptime
Common
  -d  --data       data size                    (default is 0)
  -E  --file       data from file
  -e  --sign       add 'signature'
  -j  --dump       dump packets in hex
  -J  --print      dump printable characters
  -B  --safe       enable 'safe' protocol
  -u  --end        tell you when --file reached EOF and prevent rewind
  -T  --traceroute traceroute mode              (implies --bind and --ttl 1)
  --tr-stop        Exit when receive the first not ICMP in traceroute mode
  --tr-keep-ttl    Keep the source TTL fixed, useful to monitor just one hop
  --tr-no-rtt\t    Don't calculate/show RTT information in traceroute mode
ARS packet description (new, unstable)
  --apd-send       Send the packet described with APD (see docs/APD.txt)
`;
