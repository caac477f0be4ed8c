/**
 * Replays the outputs recorded from the real tools in the gateway topology
 * (fixtures/traffic/, see fixtures/traffic/README.md) against the
 * simulated gateway lab, in the order they were recorded. Volatile fields
 * are masked on both sides (`mask`): RTTs and elapsed times, ephemeral
 * ports, echo ids, TCP sequence numbers and timestamps, pids, dates, curl's
 * progress meter and wget's rates. Each command's stdout is captured through
 * a file, as in the recording (so curl shows its meter as it did there).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { formatCapture } from "./tcpdump/index.js";
import { compileFilter } from "./tcpdump/filter.js";
import { parseFixture } from "./test-support.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "traffic");
const load = (name: string) => parseFixture(readFileSync(join(DIR, `${name}.txt`), "utf8"));

export function mask(t: string): string {
  return (
    t
      .replace(/time=\d+(\.\d+)? ms/g, "time=T ms")
      .replace(/rtt min\/avg\/max\/mdev = [\d./]+ ms/g, "rtt min/avg/max/mdev = R ms")
      .replace(/time \d+ms/g, "time Tms")
      .replace(/after \d+ (ms|milliseconds)/g, "after N $1")
      .replace(/ {2}\d+\.\d{3} ms/g, "  T ms")
      .replace(/ +\d+\.\d{3}ms /g, " Tms ")
      .replace(/pid=\d+/g, "pid=P")
      .replace(/\d{2}:\d{2}:\d{2}\.\d{6}/g, "HH:MM:SS.us")
      .replace(/id \d+, seq/g, "id I, seq")
      .replace(/\b(seq|ack) \d{4,}/g, "$1 S")
      .replace(/TS val \d+ ecr \d+/g, "TS val V ecr E")
      // ephemeral ports (32768-60999) after an address, in ss and tcpdump
      .replace(/(\d+\.\d+\.\d+\.\d+)([:.])(3[2-9]\d{3}|[45]\d{4}|60\d{3})\b/g, "$1$2EPH")
      .replace(/(Date|Last-Modified): [^\r\n]*/g, "$1: D")
      .replace(/ETag: "[0-9a-f]+-/g, 'ETag: "E-')
      .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, "DATE")
      .replace(/\d+(\.\d+)?[KMG]?=\d+(\.\d+)?s$/gm, "RATE")
      .replace(/\(\d+(\.\d+)? [KMG]?B\/s\)/g, "(RATE)")
      // curl's progress meter: every update line carries "--:--:--"
      .split("\n")
      .filter((l) => !/--:--:--|^ {2}% Total|^ +Dload/.test(l))
      .join("\n")
  );
}

/** the recording's paths, as they exist in a simulated host */
const rewrite = (s: string) => s.replaceAll("/tmp/rn", "/tmp");

function check(s: LabSession, host: string, name: string): void {
  const f = load(name);
  const cmd = rewrite(f.command);
  const r = s.run(host, `{ ${cmd}; } > /tmp/.out`);
  const out = s.run(host, "cat /tmp/.out; rm /tmp/.out").stdout;
  expect(mask(out), `${name} stdout`).toBe(mask(rewrite(f.stdout)));
  expect(mask(r.stderr), `${name} stderr`).toBe(mask(f.stderr));
  expect(r.exit, `${name} exit`).toBe(f.status);
}

describe("recorded in the gateway topology", () => {
  it("forwarding off, the LAN, and the error cases (machine_B)", () => {
    const s = LabSession.create("gateway");
    for (const n of [
      "fwdoff.ping-c1-W1",
      "lan.ping-c2-i02",
      "lan.arp-n",
      "lan.ip-neigh",
      "lan.ping-hostunreach",
      "lan.ip-neigh-failed",
      "lan.arp-n-failed",
      "err.ping-unknown-host",
      "err.ping-noargs",
      "err.ping-badopt",
      "err.ping-c0",
      "curl.timeout",
      "curl.connect-timeout",
      "curl.syn-timeout",
      "nc.syn-timeout",
    ])
      check(s, "machine_B", n);
  });

  it("forwarding on without a route back, then a router without a route", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
    check(s, "machine_B", "noroute.ping-c1-W1");
    check(s, "inet", "noroute.ip-route-get");
    check(s, "machine_B", "fwd.ping-netunreach");
  });

  it("the working network: ping, traceroute, tracepath, curl, ss, wget, nc, neighbours", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
    s.run("inet", "ip route add default via 10.0.0.1");
    const onB = [
      "ok.ping-c3-i02",
      "ok.ping-n-I",
      "ok.traceroute-n",
      "ok.tracepath-n",
      "ok.curl",
      "ok.curl-I",
      "ok.curl-s-o",
      "ok.curl-o",
      "ok.curl-404",
      "ok.curl-refused",
      "ok.curl-refused-s",
      "ok.curl-v",
      "ok.ss-tan",
      "ok.ss-tn-state",
    ];
    for (const n of onB) check(s, "machine_B", n);
    // ss -a and ss -l also list netlink and Unix sockets, which are not modelled
    for (const n of ["ok.ss-tlnp", "ok.ss-tln", "ok.ss-uan", "ok.ss-t", "ok.ss-tlp"]) check(s, "inet", n);
    for (const n of [
      "ok.wget",
      "ok.wget-O-",
      "ok.wget-q-O-",
      "ok.wget-refused",
      "ok.wget-404",
      "ok.nc-zv",
      "ok.nc-zv-refused",
      "ok.nc-z-refused",
      "ok.nc-get",
      "ok.nc-zv-range",
      "ok.nc-w1-timeout",
      "ok.arp-n",
      "ok.ip-neigh",
      "ok.ping-hostunreach-via",
      "ok.curl-hostunreach",
      "ok.ping-ttl1",
      "ok.ss-tan-after",
    ])
      check(s, "machine_B", n);
  });
});

describe("tcpdump lines for what crossed an interface", () => {
  /** capture on `host`/`dev` while `gen` runs on machine_B; compare with the recording's lines */
  function capture(name: string, host: string, dev: string, gen: string, fresh = false) {
    const f = load(name);
    const s = LabSession.create("gateway");
    s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
    s.run("inet", "ip route add default via 10.0.0.1");
    if (!fresh) s.run("machine_B", "ping -c 1 10.0.0.2");
    const k = s.world.host(host)!.kernel;
    const tap = k.net.openTap(k.linkByName(dev)!.ifindex);
    s.run("machine_B", gen);
    s.run("machine_B", "sleep 1");
    const words = f.command.replace(/^tcpdump -n -i \S+ -c \d+ ?/, "").split(" ").filter(Boolean);
    const filter = compileFilter(words);
    if (filter === "syntax error") throw new Error(f.command);
    const want = f.stdout.split("\n").filter(Boolean);
    const got = formatCapture(k.net.tapFrames(tap), filter).slice(0, want.length);
    expect(got.map(mask)).toEqual(want.map(mask));
  }

  it("ARP and a ping through the router", () => capture("tcpdump.a-eth0-ping", "machine_A", "eth0", "ping -c 1 10.0.0.2", true));
  it("an HTTP conversation seen on the router's far side", () => capture("tcpdump.a-eth1-curl", "machine_A", "eth1", "curl -s http://10.0.0.2/"));
  it("port 80 filter", () => capture("tcpdump.inet-port80", "inet", "eth0", "curl -s http://10.0.0.2:80/"));
  it("a refused connection: SYN and RST", () => capture("tcpdump.inet-refused", "inet", "eth0", "curl -s http://10.0.0.2:81/"));
  it("host and icmp filter", () => capture("tcpdump.a-eth0-host", "machine_A", "eth0", "ping -c 1 10.0.0.2"));
  it("time exceeded", () => capture("tcpdump.a-eth0-ttl", "machine_A", "eth0", "ping -c 1 -t 1 10.0.0.2"));
  it("UDP to a listener-less port", () => capture("tcpdump.inet-nc-udp", "inet", "eth0", "echo hi | nc -u -w 1 10.0.0.2 5000"));
  it("the request reaching inet without a route back", () => {
    const f = load("noroute.tcpdump-inet");
    const s = LabSession.create("gateway");
    s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
    const k = s.world.host("inet")!.kernel;
    const tap = k.net.openTap(2);
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    const icmp = compileFilter(["icmp"]);
    if (icmp === "syntax error") throw new Error("icmp");
    expect(formatCapture(k.net.tapFrames(tap), icmp).map(mask)).toEqual(f.stdout.split("\n").filter(Boolean).map(mask));
  });

  it("tcpdump itself: the banner, a bounded listen, and the statistics", () => {
    const s = LabSession.create("gateway");
    const r = s.run("inet", "tcpdump -n -i eth0 -c 2 icmp");
    expect(r.stderr).toBe(
      "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n" +
        "listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n" +
        "0 packets captured\n0 packets received by filter\n0 packets dropped by kernel\n",
    );
    expect(r.stdout).toBe("^C\n");
    expect(s.run("inet", "tcpdump -n -i eth9").stderr).toBe("tcpdump: eth9: No such device exists\n(No such device exists)\n");
    expect(s.run("inet", "tcpdump -n -i eth0 foo bar").stderr).toBe("tcpdump: can't parse filter expression: syntax error\n");
  });
});
