/**
 * Replays `ip -j` / `-p` outputs (and the text listings they mirror)
 * recorded from iproute2 6.1 (fixtures/json/, made by record.sh there)
 * against a simulated lab built like the recording's namespaces: `host`
 * with eth0 192.168.1.10/24 (altname enp0s3, configured by ifup from the
 * lab's interfaces file, default via 192.168.1.1) and eth1 left down; `gw`
 * at 192.168.1.1 on eth0's cable.
 *
 * The recording used veth pairs, so `maskVeth` rewrites in the recording
 * what depends on that setup and nothing else:
 *  1. "eth0@if2" -> "eth0" (and eth1@if3): a veth names its peer's ifindex.
 *  2. " link-netns ij-peer" dropped, and in JSON "link_index" and
 *     "link_netnsid" dropped: the peer's ifindex and namespace id.
 *  3. eth0's qdisc noqueue -> pfifo_fast: a veth gets no default qdisc; a
 *     NIC gets Debian 12's default, pfifo_fast (see fixtures.test.ts).
 *  4. eth0's packet and byte counters -> 0: the veth carried IPv6 DAD and
 *     router solicitations; the simulated network is silent.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import type { LabSpec } from "../../lab/types.js";
import { type Fixture, parseFixture } from "./test-support.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "json");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

const zeroDigits = (s: string) => s.replace(/\d+/g, (d) => `${" ".repeat(d.length - 1)}0`);

export function maskVeth(text: string): string {
  return (
    text
      // text layouts
      .replace(/\b(eth[01])@if\d+/g, "$1")
      .replace(/ link-netns ij-peer/g, "")
      .replace(/^(\d+: eth0: .*)qdisc noqueue/gm, "$1qdisc pfifo_fast")
      .replace(/^(\d+: eth0: [\s\S]*?)(?=^\d+: |$(?![\s\S]))/gm, (block) =>
        block.replace(/^( {4}(?:RX|TX): .*\n)(.*)$/gm, (_m, head: string, vals: string) => head + zeroDigits(vals)),
      )
      // JSON, compact and pretty
      .replace(/"link_index":\d+,/g, "")
      .replace(/,"link_netnsid":0/g, "")
      .replace(/\n +"link_index": \d+,(?=\n)/g, "")
      .replace(/\n +"link_netnsid": 0,(?=\n)/g, "")
      .replace(/,\n +"link_netnsid": 0(?=\n)/g, "")
      .replace(/("ifname": ?"eth0",[^{}]*?"qdisc": ?")noqueue"/g, '$1pfifo_fast"')
      .replace(/("ifname":"eth0",[^{}]*?"stats64":)(\{.*?\}\})/g, (_m, head: string, stats: string) => head + stats.replace(/\d+/g, "0"))
  );
}

const LAB: LabSpec = {
  id: "ip-json",
  title: "ip -j recordings",
  description: "host (eth0 192.168.1.10/24 with an altname, eth1 down) and gw (192.168.1.1) on one cable.",
  hosts: [
    {
      name: "host",
      interfaces: [
        { name: "eth0", mac: "52:54:00:12:34:56", altnames: ["enp0s3"], address: "192.168.1.10/24", gateway: "192.168.1.1" },
        { name: "eth1", mac: "52:54:00:12:34:57" },
      ],
    },
    { name: "gw", interfaces: [{ name: "eth0", mac: "52:54:00:00:0a:01", address: "192.168.1.1/24" }] },
  ],
  segments: [
    { name: "lan", ends: ["host:eth0", "gw:eth0"] },
    { name: "spare", ends: ["host:eth1"] },
  ],
};

function load(name: string): Fixture {
  const f = parseFixture(readFileSync(join(DIR, name), "utf8"));
  return { ...f, stdout: maskVeth(f.stdout), stderr: maskVeth(f.stderr) };
}

function check(s: LabSession, name: string): void {
  const f = load(name);
  const r = s.run("host", f.command);
  expect({ cmd: f.command, stdout: r.stdout, stderr: r.stderr, status: r.exit }).toEqual({
    cmd: f.command,
    stdout: f.stdout,
    stderr: f.stderr,
    status: f.status,
  });
}

const step = (prefix: string) => files.filter((f) => f.startsWith(`${prefix}.`));

describe("ip -j and -p, recorded from iproute2 6.1 (in recording order, on one lab)", () => {
  const s = LabSession.create(LAB);
  it("has the recordings", () => {
    expect(step("1-lab").length).toBeGreaterThan(50);
    expect(step("2-label").length).toBeGreaterThan(10);
  });
  for (const f of step("1-lab")) it(f, () => check(s, f));
  it("adds the labelled secondary addresses", () => {
    expect(s.run("host", "ip addr add 192.168.1.11/24 dev eth0 label eth0:1").exit).toBe(0);
    expect(s.run("host", "ip addr add 192.168.1.20/24 brd + dev eth0 label eth0:0").exit).toBe(0);
  });
  for (const f of step("2-label")) it(f, () => check(s, f));
  it("resolves the gateway", () => expect(s.run("host", "ping -c 1 192.168.1.1").exit).toBe(0));
  for (const f of step("3-neigh")) it(f, () => check(s, f));
  it("fails to resolve 192.168.1.99", () => expect(s.run("host", "ping -c 2 -i 0.2 192.168.1.99").exit).toBe(1));
  for (const f of step("4-neigh-failed")) it(f, () => check(s, f));
  it("renames eth1 to a name JSON must escape", () => expect(s.run("host", `ip link set eth1 name 'e"1\\x'`).exit).toBe(0));
  for (const f of step("5-rename")) it(f, () => check(s, f));
});

describe("maskVeth", () => {
  it("rewrites only the veth-specific fields", () => {
    expect(maskVeth('[{"ifindex":2,"link_index":2,"ifname":"eth0","mtu":1500,"qdisc":"noqueue","broadcast":"x","link_netnsid":0,"altnames":["a"]}]')).toBe(
      '[{"ifindex":2,"ifname":"eth0","mtu":1500,"qdisc":"pfifo_fast","broadcast":"x","altnames":["a"]}]',
    );
    expect(maskVeth('[{"ifindex":1,"ifname":"lo","qdisc":"noqueue"}]')).toBe('[{"ifindex":1,"ifname":"lo","qdisc":"noqueue"}]');
  });
});
