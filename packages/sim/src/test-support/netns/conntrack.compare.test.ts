/**
 * Connection tracking on a NAT router, real kernel vs simulation: three
 * isolated namespaces joined by veth pairs (client a — router r —
 * server b, no route out of them), r forwarding and masquerading onto b's
 * LAN. The same traffic runs on both sides (ping, an HTTP GET with curl,
 * UDP with nc, hping3's lone ACK and a SYN that b drops), and r's table is
 * compared after each: `conntrack -L` in its forms, -C, /proc/net/nf_conntrack,
 * -D and -F. Masks (masks.ts, 10 and 11): ping's ICMP id, ports the kernel
 * picks, the entries' order, timeouts within ±3 s.
 *
 * b's web server: nginx in the simulation (the lab's "web" service), a
 * Python HTTP server on the real side. Skips, saying why, only where
 * network namespaces cannot be made (not root, no CAP_SYS_ADMIN).
 */
import { describe, expect, it } from "vitest";
import { compareScripts, formatDiffs } from "./compare.js";
import { conntrackPair } from "./masks.js";
import { netnsUnavailable } from "./real.js";
import type { Step, Topology } from "./topology.js";

const TOOLS: [string, string][] = [
  ["conntrack", "conntrack"],
  ["hping3", "hping3"],
  ["nc", "netcat-openbsd"],
  ["curl", "curl"],
  ["iptables", "iptables"],
  ["ss", "iproute2"],
  ["/usr/bin/python3", "python3-minimal"],
];

function router(opts: { webOnA?: boolean } = {}): Topology {
  return {
    lab: {
      id: "netns-ct-router",
      title: "conntrack router",
      description: "a - r - b, r masquerades onto b's LAN",
      hosts: [
        {
          name: "a",
          interfaces: [{ name: "eth0", mac: "52:54:00:00:01:01", address: "10.0.1.1/24", gateway: "10.0.1.254" }],
          ...(opts.webOnA ? { services: ["web" as const] } : {}),
        },
        {
          name: "r",
          interfaces: [
            { name: "eth0", mac: "52:54:00:00:01:fe", address: "10.0.1.254/24" },
            { name: "eth1", mac: "52:54:00:00:02:fe", address: "10.0.2.254/24" },
          ],
        },
        { name: "b", interfaces: [{ name: "eth0", mac: "52:54:00:00:02:01", address: "10.0.2.1/24", gateway: "10.0.2.254" }], services: ["web"] },
      ],
    },
    links: [
      [{ host: "a", nic: "eth0" }, { host: "r", nic: "eth0" }],
      [{ host: "r", nic: "eth1" }, { host: "b", nic: "eth0" }],
    ],
    sysctls: { r: { "net.ipv4.ip_forward": "1" } },
    hostsFromFilesOnly: true,
    realDaemons: {
      b: [{ cmd: web("10.0.2.1"), port: 80 }],
      ...(opts.webOnA ? { a: [{ cmd: web("10.0.1.1"), port: 80 }] } : {}),
    },
  };
}

/** the real side's stand-in for the simulated nginx: any HTTP answer will do (conntrack sees the TCP exchange) */
const web = (addr: string) => `/usr/bin/python3 -m http.server 80 --bind ${addr} --directory /nonexistent`;

const on = (host: string, cmds: string[]): Step[] => cmds.map((cmd) => ({ host, cmd }));

const reason = netnsUnavailable();
if (reason) console.log(`conntrack.compare.test.ts skipped: ${reason}`);

describe.skipIf(reason !== undefined)("conntrack: real kernel vs simulation on a NAT router", () => {
  it("tracks ICMP, TCP and UDP through MASQUERADE; lone ACK, dropped SYN; -L forms, -C, /proc, -D, -F", () => {
    const steps: Step[] = [
      ...on("r", ["conntrack -L", "iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE", "iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP", "conntrack -L"]),
      ...on("b", ["iptables -A INPUT -p tcp --dport 81 -j DROP"]),
      ...on("a", ["ping -c 1 -W 2 10.0.2.1 > /dev/null; echo $?"]),
      ...on("r", ["conntrack -L -p icmp"]),
      ...on("a", ["curl -s -o /dev/null http://10.0.2.1/; echo $?"]),
      ...on("r", ["conntrack -L -p tcp", "conntrack -L -p tcp --state TIME_WAIT"]),
      ...on("a", ["echo x | nc -u -w 1 -p 40001 10.0.2.1 53; echo $?"]),
      ...on("r", ["conntrack -L -p udp"]),
      ...on("a", ["hping3 -A -c 1 -p 80 -s 1313 -k 10.0.2.1 > /dev/null 2>&1; echo done", "hping3 -S -c 1 -p 81 -s 1311 -k 10.0.2.1 > /dev/null 2>&1; echo done"]),
      ...on("r", [
        "conntrack -L",
        "iptables -L FORWARD -v -n -x",
        "conntrack -L -o extended",
        "conntrack -L -s 10.0.1.1 -p tcp --dport 81",
        "conntrack -L --reply-dst 10.0.2.254 -p icmp",
        "conntrack -L -u ASSURED",
        "conntrack -L -u UNREPLIED",
        "conntrack -C",
        "cat /proc/net/nf_conntrack",
        "conntrack -D -p udp",
        "conntrack -L -p udp",
        "conntrack -F",
        "conntrack -L",
      ]),
      ...on("a", ["conntrack -L"]),
      ...on("b", ["conntrack -L"]),
    ];
    const { diffs } = compareScripts(router(), steps, { batch: true, pair: conntrackPair, tools: TOOLS });
    expect(formatDiffs(diffs)).toBe("");
  }, 300_000);

  it("a DNAT port forward: the reply tuple names the inside server; timeouts follow the sysctls", () => {
    const steps: Step[] = [
      ...on("r", [
        "iptables -t nat -A PREROUTING -i eth1 -p tcp --dport 8080 -j DNAT --to-destination 10.0.1.1:80",
        "sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=30 net.netfilter.nf_conntrack_icmp_timeout=10",
        "cat /proc/sys/net/netfilter/nf_conntrack_count",
      ]),
      ...on("b", ["curl -s -o /dev/null http://10.0.2.254:8080/; echo $?", "ping -c 1 -W 2 10.0.1.1 > /dev/null; echo $?", "ping -c 1 -W 2 10.0.2.254 > /dev/null; echo $?"]),
      ...on("r", [
        "conntrack -L",
        "conntrack -L -p tcp --orig-port-dst 8080 --reply-port-src 80",
        "conntrack -L -d 10.0.2.254",
        "conntrack -L -q 10.0.2.1",
        "cat /proc/sys/net/netfilter/nf_conntrack_count",
        "conntrack -G -p tcp -s 10.0.2.1 -d 10.0.2.254 --sport 1 --dport 8080",
        "iptables -t nat -L PREROUTING -v -n -x",
      ]),
    ];
    const { diffs } = compareScripts(router({ webOnA: true }), steps, { batch: true, pair: conntrackPair, tools: TOOLS });
    expect(formatDiffs(diffs)).toBe("");
  }, 300_000);
});
