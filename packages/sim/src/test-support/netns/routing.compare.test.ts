/**
 * The routing, forwarding and sysctl commands the networking lessons teach,
 * run on real network namespaces and on the simulation (see README.md).
 * Each script starts from a freshly booted lab; the steps run in order.
 */
import { describe, expect, it } from "vitest";
import { compareScripts, formatDiffs } from "./compare.js";
import { type Step, type Topology, singleHost } from "./topology.js";

const H = "host";
const lab = (): Topology =>
  singleHost(H, [
    { name: "eth0", mac: "52:54:00:12:34:56", address: "192.168.1.10/24", gateway: "192.168.1.1" },
    { name: "eth1", mac: "52:54:00:12:34:57" },
  ]);

const on = (cmds: string[]): Step[] => cmds.map((cmd) => ({ host: H, cmd }));

function check(topo: Topology, steps: Step[]): void {
  const { diffs } = compareScripts(topo, steps);
  expect(formatDiffs(diffs)).toBe("");
}

describe("real kernel vs simulation", () => {
  it("ip route: listings and selectors", () => {
    check(lab(), on([
      "ip route", "ip r", "ip route show", "ip route list", "ip -4 route", "ip route show table main", "ip route show table local",
      "ip route show table all", "ip route show dev eth0", "ip route show proto kernel", "ip route show scope link", "ip route show type unicast",
      "ip route show default", "ip route show 192.168.1.0/24", "ip route show match 192.168.1.77", "ip route show root 192.168.0.0/16",
      "ip route show table foo", "ip route show dev eth9", "ip route show proto foo", "ip route show type foo", "ip route foo", "ip route flush",
    ]));
  }, 120_000);

  it("ip route add/del/replace/change/append/prepend and their errors", () => {
    check(lab(), on([
      "ip route add 10.9.0.0/16 via 192.168.1.2 proto static", "ip route add 10.9.0.0/16 via 192.168.1.3", "ip route append 10.9.0.0/16 via 192.168.1.3",
      "ip route prepend 10.9.0.0/16 via 192.168.1.4", "ip route add 10.9.0.0/16 via 192.168.1.4 metric 7", "ip route",
      "ip route replace 10.9.0.0/16 via 192.168.1.5", "ip route change 10.10.0.0/16 via 192.168.1.5", "ip route change 10.9.0.0/16 via 192.168.1.6", "ip route",
      "ip route del 10.9.0.0/16", "ip route del 10.9.0.0/16 via 192.168.1.4", "ip route del 10.9.0.0/16 metric 11", "ip route", "ip route del 10.99.0.0/16",
      "ip route add 10.0.0.0/16 via 192.168.1.1; ip route add 10.0.0.0/8 via 192.168.1.1; ip route add 10.0.0.0/24 via 192.168.1.1; ip route add 10.0.0.0 via 192.168.1.1; ip route",
      "route -n",
      "ip route add 10.1.0.0/16 dev eth1", "ip route add 10.1.0.0/16 via 10.0.0.1 dev eth1 onlink", "ip route add 10.1.0.0/16 via 192.168.1.1 dev eth1",
      "ip route add 10.1.0.0/16 via 10.0.0.1 dev eth0 onlink", "ip route add 10.1.0.0/16 via 10.0.0.1 onlink", "ip route add 10.2.0.0/16 dev eth0 onlink",
      "ip route add 10.3.0.0/16 via 192.168.1.1 src 192.168.1.99", "ip route add 10.3.0.0/16 via 192.168.1.1 src 192.168.1.10", "ip route add 10.3.0.1/16 via 192.168.1.1",
      "ip route add 10.3.0.0/33 via 192.168.1.1", "ip route add x", "ip route add y", "ip route add 10.4.0.0/16 via x", "ip route add 10.4.0.0/16 dev eth9",
      "ip route add 10.4.0.0/16 via 192.168.1.1 metric x", "ip route add 10.4.0.0/16 via 192.168.1.1 table foo", "ip route add 10.4.0.0/16 via 192.168.1.1 proto foo",
      "ip route add 10.4.0.0/16 via 192.168.1.1 scope foo", "ip route add 10.4.0.0/16 via 192.168.1.1 scope link", "ip route add 10.5.0.0/16 via 192.168.1.1 scope host",
      "ip route add 10.6.0.0/16 dev eth0 scope host", "ip route add 10.7.0.0/16 via 192.168.1.1 proto 42", "ip route add 10.12.0.0/16 via 192.168.1.1 via 192.168.1.2",
      "ip route add 10.12.0.0/16 10.13.0.0/16", "ip route add 10.0.0.0/8", "ip route add 10.14.0.0/16 via", "ip route add default via 172.16.0.1", "ip route add default via 192.168.1.1",
      "ip route add unreachable 10.20.0.0/16", "ip route add blackhole 10.21.0.0/16", "ip route add prohibit 10.22.0.0/16 metric 3", "ip route add unreachable 10.23.0.0/16 dev eth0",
      "ip route add 10.24.0.0/16 via 192.168.1.1 table local", "ip route add local 10.25.0.0/16 dev eth0", "ip route add 10.26.0.0/16 via 192.168.1.1 table 100",
      "ip route", "ip route show table all", "ip route show table local", "ip route show table 100", "ip route show type unreachable", "route -n",
      "ip route flush 10.9.0.0/16", "ip route flush proto 42", "ip route", "ip route flush table main", "ip route", "route -n",
    ]));
  }, 120_000);

  it("ip route get", () => {
    check(lab(), on([
      "ip route add 10.9.0.0/16 via 192.168.1.2", "ip route add unreachable 10.6.0.0/16", "ip route add blackhole 10.7.0.0/16", "ip route add prohibit 10.8.0.0/16",
      "ip route get 8.8.8.8", "ip route get 10.9.1.1", "ip route get 192.168.1.10", "ip route get 192.168.1.77", "ip route get 127.0.0.1", "ip route get 127.0.0.5",
      "ip route get 192.168.1.255", "ip route get 10.6.1.1", "ip route get 10.7.1.1", "ip route get 10.8.1.1", "ip route get 10.9.1.1 from 192.168.1.10",
      "ip route get 10.9.1.1 from 1.2.3.4", "ip route get 10.9.1.1 oif eth0", "ip route get 8.8.8.8 oif lo", "ip route get 192.168.1.10 from 192.168.1.10",
      "ip route get 192.168.1.10 oif eth0", "ip route get 0.0.0.0", "ip route get x", "ip route get", "ip route get 1.2.3.4/24", "ip route get 10.1.1.1 oif eth9",
      "ip route get 10.1.1.1 oif eth1", "ip route del default", "ip route get 8.8.8.8",
    ]));
  }, 120_000);

  it("connecting by an error route: ping, nc and curl fail as the route's type says", () => {
    // no packet leaves: an error route (or no route at all) fails the connect itself
    const steps = on([
      "ip route add unreachable 10.6.0.0/16", "ip route add blackhole 10.7.0.0/16", "ip route add prohibit 10.8.0.0/16", "ip route del default",
      "ping -c 1 -W 1 10.6.1.1", "ping -c 1 -W 1 10.7.1.1", "ping -c 1 -W 1 10.8.1.1", "ping -b -c 1 -W 1 10.8.1.1", "ping -c 1 -W 1 10.9.1.1",
      "nc -zv -w 1 10.6.1.1 80", "nc -zv -w 1 10.7.1.1 80", "nc -zv -w 1 10.8.1.1 80", "nc -zv -w 1 10.9.1.1 80",
      "curl -sS -m 1 http://10.6.1.1/", "curl -sS -m 1 http://10.7.1.1/", "curl -sS -m 1 http://10.8.1.1/", "curl -sS -m 1 http://10.9.1.1/",
    ]);
    const { diffs } = compareScripts(lab(), steps, { tools: [["nc", "netcat-openbsd"], ["curl", "curl"]] });
    expect(formatDiffs(diffs)).toBe("");
  }, 120_000);

  it("route (net-tools): listings, add, del and errors", () => {
    check(lab(), on([
      "route", "route -n", "route -e", "route -ee", "route -ne", "route -n -v", "route -4 -n", "route -n -A inet", "route -C", "route -V", "route --help", "route -h", "route -x", "route foo",
      "route add", "route del", "route flush", "route add default gw 10.9.9.9", "route add -net 10.1.0.0 netmask 255.255.255.0 gw 192.168.1.254",
      "route add -net 10.1.0.1 netmask 255.255.255.0 gw 192.168.1.254", "route add -net 10.2.0.0/16 gw 192.168.1.254", "route add -host 10.3.3.3 gw 192.168.1.254",
      "route add -host 10.3.3.3 gw 192.168.1.254", "route add -net 10.4.0.0/16 dev eth0 metric 5", "route add -net 10.5.0.0/16 reject", "route add -net 10.6.0.0/16 reject metric 3",
      "route del -net 10.9.0.0/16", "route del -net 10.5.0.0/16", "route del -net 10.5.0.0/16 reject", "route -n", "route", "ip route",
      "route add -host foo gw 192.168.1.1", "route add -net foo gw 192.168.1.1", "route add default gw foo", "route add -net 10.0.0.0", "route add -net 10.0.0.0 netmask 255.0.0.0",
      "route add -net 10.0.0.0 netmask 255.0.0.0 dev eth0", "route add -net 10.0.0.0 netmask 255.0.0.0 eth0", "route add -net 10.0.0.0 netmask 255.0.255.0 dev eth0",
      "route add -net 10.0.0.0 netmask x dev eth0", "route add -net 11.0.0.0/40 dev eth0", "route add -net 12.0.0.0/8 gw 192.168.1.1 metric x",
      "route add -net 12.0.0.0/8 gw 192.168.1.1 metric 3 dev eth9", "route add -net 12.0.0.0/8 gw 192.168.1.1 metric 3 dev eth1", "route add -net 12.0.0.0/8 dev eth1",
      "route add 10.10.10.10 gw 192.168.1.1", "route add 10.10.10.0/24 gw 192.168.1.1", "route add -net 10.10.10.0 gw 192.168.1.1", "route add default gw 192.168.1.1",
      "route add default gw 192.168.1.2", "route add default 192.168.1.5", "route add default gw", "route add -net 10.61.0.0/16 gw default", "route add -net 10.62.0.0/16 dev eth0:1",
      "route add -net 10.20.30.40/32 dev eth0", "route add -host 10.40.0.0/32 dev eth0", "route add -net 10.50.0.0/33 dev eth0",
      "route del default gw 192.168.1.9", "route del -net 10.0.0.0 netmask 255.0.0.0", "route del -net 10.0.0.0/8", "route -n", "route",
      "route del -net 192.168.1.0 netmask 255.255.255.0", "ip route", "route add default gw localhost", "route", "route -n", "ip route",
    ]));
  }, 120_000);

  it("netstat -r and -i", () => {
    check(lab(), on(["netstat -r", "netstat -rn", "netstat -rne", "netstat -rC", "netstat -ia", "netstat --version", "route add -net 10.5.0.0/16 reject; netstat -rn"]));
  }, 120_000);

  it("sysctl and /proc/sys/net/ipv4/ip_forward", () => {
    check(lab(), on([
      "sysctl net.ipv4.ip_forward", "sysctl -n net.ipv4.ip_forward", "sysctl net/ipv4/ip_forward", "cat /proc/sys/net/ipv4/ip_forward", "sysctl net.ipv4.foo",
      "sysctl -e net.ipv4.foo", "sysctl -q net.ipv4.ip_forward", "sysctl -w net.ipv4.ip_forward=1", "cat /proc/sys/net/ipv4/ip_forward",
      "sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.eth0.forwarding net.ipv4.conf.lo.forwarding",
      "sysctl -q -w net.ipv4.ip_forward=0", "sysctl net.ipv4.ip_forward=1", "sysctl -w net.ipv4.ip_forward=abc", "sysctl -w net.ipv4.ip_forward=1x",
      'sysctl -w net.ipv4.ip_forward=" 1"', "sysctl -w net.ipv4.ip_forward=2", "cat /proc/sys/net/ipv4/ip_forward", "sysctl -w net.ipv4.ip_forward=0",
      "sysctl -w net.ipv4.ip_forward", "sysctl -w net.ipv4.foo=1", "sysctl -e -w net.ipv4.foo=1", 'sysctl -w "net.ipv4.ip_forward = 1"',
      "echo 0 > /proc/sys/net/ipv4/ip_forward; echo $?", "cat /proc/sys/net/ipv4/ip_forward", "echo abc > /proc/sys/net/ipv4/ip_forward; echo $?",
      "echo 1 > /proc/sys/net/ipv4/ip_forward", "sysctl net.ipv4.ip_forward net.ipv4.conf.eth0.forwarding", "sysctl -w net.ipv4.conf.eth0.forwarding=0",
      "sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.eth0.forwarding", "sysctl -w net.ipv4.conf.all.forwarding=0",
      "sysctl net.ipv4.ip_forward net.ipv4.conf.eth0.forwarding", "sysctl net.ipv4.ip_local_port_range", 'sysctl -w net.ipv4.ip_local_port_range="1024 65000"',
      "sysctl net.ipv4.ip_local_port_range", "sysctl -w kernel.hostname=foo", "sysctl", "sysctl -x", "sysctl -V", "sysctl --version",
      "sysctl net.ipv4.ip_forward=0 x", "sysctl -N net.ipv4.ip_forward", "sysctl -p /nonexistent", "sysctl -p",
      "printf 'net.ipv4.ip_forward = 1\\nnet.ipv4.foo = 1\\nbadline\\n  # c\\n; c2\\nnet/ipv4/ip_default_ttl=64\\nnet.ipv4.ip_forward=abc\\n' > /tmp/rl-t.conf; sysctl -p /tmp/rl-t.conf",
      "sysctl -e -p /tmp/rl-t.conf", "sysctl -q -p /tmp/rl-t.conf", "sysctl -p/tmp/rl-t.conf", "sysctl --load=/tmp/rl-t.conf", "rm -f /tmp/rl-t.conf",
      "echo net.ipv4.ip_forward=1 >> /etc/sysctl.conf; sysctl -p", "sysctl --system --dry-run",
    ]));
  }, 120_000);

  it("ip addr / ifconfig basics next to routes", () => {
    check(lab(), on([
      "ip addr", "ip -br addr", "ifconfig", "ifconfig -a", "ip addr add 192.168.1.11/24 dev eth0 label eth0:1", "ip route show table local",
      "ip addr del 192.168.1.99/24 dev eth0", "ip link set eth1 up", "ip addr add 10.0.0.1/24 dev eth1", "ip route", "route -n", "ip route get 10.0.0.5",
      "ip route add 10.7.0.0/16 via 10.0.0.2", "ip route show table local", "ip link set eth1 down", "ip route", "ip route del 192.168.1.0/24", "ip route", "ip addr add 192.168.1.12/24 dev eth0", "ip route",
    ]));
  }, 120_000);
});
