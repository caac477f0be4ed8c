/**
 * Replays `ip -d` (details) and `ip -s -s` (error rows) outputs, text and
 * JSON, recorded from iproute2 6.1 (fixtures/details/, made by record.sh
 * there) against a simulated lab built like the recording's namespaces:
 * `host` with eth0 192.168.1.10/24 (altname enp0s3, cabled to `gw`) and
 * eth1 left down and without a cable; steps in recording order on one lab.
 *
 * The recording used veth pairs; the simulation presents virtio_net NICs
 * (kernel/net/link-info.ts). `maskVeth` rewrites in the recording what
 * depends on that and nothing else:
 *  1. "eth0@if2" -> "eth0" (and eth1; -brief keeps its 16 columns), and
 *     " link-netns dt-peer", JSON "link_index" / "link_netnsid" dropped:
 *     a veth names its peer and the peer's namespace.
 *  2. eth0's qdisc noqueue -> pfifo_fast: a veth gets no default qdisc, a
 *     NIC Debian 12's default (see fixtures.test.ts).
 *  3. the "veth" kind (IFLA_LINKINFO: text "\n    veth ", JSON "linkinfo")
 *     dropped: a virtio NIC has no rtnl link kind.
 *  4. a NIC's tso_max_size 524280 -> 65536: veth raises it to GSO_MAX_SIZE
 *     for BIG TCP; virtio_net on 6.1 keeps TSO_LEGACY_MAX_SIZE. (lo's
 *     524280 stays: loopback raises it too.)
 *  5. "parentbus virtio parentdev virtioN" added after gro_max_size for
 *     eth0 (virtio0) and eth1 (virtio1): a veth has no parent device.
 *  6. eth0's packet and byte counters -> 0 (steps 1 and 2): the veth
 *     carried IPv6 DAD and router solicitations; the simulated wire is
 *     silent. Step 3 sets the simulated counters to each recording's own
 *     instead, to check the column layout with 7-digit byte counts.
 *  7. eth0's transns after its admin down (steps 2, 3) -> 2: a veth's
 *     carrier follows the admin state of both ends (3 after down, 4 after up
 *     again); a virtio NIC's carrier follows its cable, so it stays at the
 *     probe's off-then-on, 2 (as this Debian VM's own virtio NIC reads in
 *     /sys/class/net/eth0/carrier_changes). Before that, eth0's 2 and eth1's
 *     1 (never carrier) are what virtio gives with and without a cable.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import type { LabSpec } from "../../lab/types.js";
import { type Fixture, parseFixture } from "./test-support.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "details");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

const zeroDigits = (s: string) => s.replace(/\d+/g, (d) => `${" ".repeat(d.length - 1)}0`);
const virtio = (mac: string) => `virtio${Number(mac) - 6}`;

export function maskVeth(text: string, opts: { zeroEth0: boolean; afterDown: boolean }): string {
  let t = text
    // 1. the peer
    .replace(/^(eth[01])@if\d+( +)/gm, (m, n: string) => n.padEnd(m.length))
    .replace(/\b(eth[01])@if\d+/g, "$1")
    .replace(/ link-netns dt-peer/g, "")
    .replace(/"link_index": ?\d+,\n? */g, "")
    .replace(/,\n? *"link_netnsid": ?0/g, "")
    // 2. qdisc
    .replace(/^(\d+: eth0: .*)qdisc noqueue/gm, "$1qdisc pfifo_fast")
    .replace(/("ifname": ?"eth0",[^{}]*?"qdisc": ?")noqueue"/g, '$1pfifo_fast"')
    // 3. the veth kind
    .replace(/(\n|\\) {4}veth /g, "")
    .replace(/"linkinfo": ?\{\n? *"info_kind": ?"veth"\n? *\},\n? */g, "")
    // 4. tso_max_size of the NICs
    .replace(/(link\/ether [^\n\\]*tso_max_size )524280/g, "$165536")
    .replace(/("link_type": ?"ether"[^{}]*?"tso_max_size": ?)524280/g, "$165536")
    // 5. the parent device
    .replace(/(link\/ether 52:54:00:12:34:5([67]) [^\n\\]*gro_max_size \d+ )/g, (_m, line: string, mac: string) => `${line}parentbus virtio parentdev ${virtio(mac)} `)
    .replace(/("address": ?"52:54:00:12:34:5([67])"[^{}]*?)(\n? *)("gro_max_size": ?\d+)/g, (_m, head: string, mac: string, ind: string, gro: string) => {
      const sp = ind === "" ? "" : " ";
      return `${head}${ind}${gro},${ind}"parentbus":${sp}"virtio",${ind}"parentdev":${sp}"${virtio(mac)}"`;
    });
  // 6. eth0's traffic (text: the value rows under the RX:/TX: headers of eth0's block)
  if (opts.zeroEth0) {
    t = t.replace(/^(\d+: eth0: [\s\S]*?)(?=^\d+: |$(?![\s\S]))/gm, (block) =>
      block.replace(/^( {4}(?:RX|TX): .*\n)(.*)$/gm, (_m, head: string, vals: string) => head + zeroDigits(vals)),
    );
    t = t.replace(/("ifname": ?"eth0",[^{}]*?"stats64":[\s\S]*?"tx":[\s\S]*?\})/g, (stats) => stats.replace(/("(?:bytes|packets)": ?)\d+/g, "$10"));
  }
  // 7. eth0's carrier transitions after an admin down
  if (opts.afterDown) {
    t = t.replace(/^(\d+: eth0: [\s\S]*?TX errors: .*\n)(.*?)(\d+) $/m, (_m, head: string, vals: string, n: string) => `${head}${vals}${"2".padStart(n.length)} `);
    t = t.replace(/("ifname": ?"eth0",[\s\S]*?"carrier_changes": ?)\d+/g, "$12");
  }
  return t;
}

const LAB: LabSpec = {
  id: "ip-details",
  title: "ip -d recordings",
  description: "host (eth0 192.168.1.10/24 with an altname, eth1 down and unplugged) and gw (192.168.1.1) on one cable.",
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
  segments: [{ name: "lan", ends: ["host:eth0", "gw:eth0"] }],
};

function load(name: string): Fixture {
  const step = Number(name.split("-")[0]);
  const o = { zeroEth0: step < 3, afterDown: step >= 2 };
  const f = parseFixture(readFileSync(join(DIR, name), "utf8"));
  return { ...f, stdout: maskVeth(f.stdout, o), stderr: maskVeth(f.stderr, o) };
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

/** eth0's packet and byte counters as a recording printed them (text value rows or JSON stats64) */
function recordedCounters(out: string): { rxBytes: number; rxPackets: number; txBytes: number; txPackets: number } {
  if (out.startsWith("[")) {
    const { rx, tx } = JSON.parse(out)[0].stats64;
    return { rxBytes: rx.bytes, rxPackets: rx.packets, txBytes: tx.bytes, txPackets: tx.packets };
  }
  const row = (dir: string) => out.match(new RegExp(`^ {4}${dir}: .*\\n +(\\d+) +(\\d+) `, "m"))!.slice(1).map(Number);
  const [rxBytes, rxPackets] = row("RX");
  const [txBytes, txPackets] = row("TX");
  return { rxBytes, rxPackets, txBytes, txPackets };
}

const step = (prefix: string) => files.filter((f) => f.startsWith(`${prefix}.`));

describe("ip -d and ip -s -s, recorded from iproute2 6.1 (in recording order, on one lab)", () => {
  const s = LabSession.create(LAB);
  it("has the recordings", () => {
    expect(step("1-lab").length).toBeGreaterThan(30);
    expect(step("2-down").length).toBe(3);
    expect(step("3-traffic").length).toBe(3);
  });
  for (const f of step("1-lab")) it(f, () => check(s, f));
  it("changes eth0's MTU and takes it down", () => {
    expect(s.run("host", "ip link set eth0 mtu 9000").exit).toBe(0);
    expect(s.run("host", "ip link set eth0 down").exit).toBe(0);
  });
  for (const f of step("2-down")) it(f, () => check(s, f));
  it("brings eth0 back up", () => expect(s.run("host", "ip link set eth0 mtu 1500 up").exit).toBe(0));
  // the real counters moved between the commands (IPv6 router solicitations): each file gets its own
  for (const f of step("3-traffic"))
    it(f, () => {
      const c = recordedCounters(parseFixture(readFileSync(join(DIR, f), "utf8")).stdout);
      expect(String(c.rxBytes).length).toBe(7);
      Object.assign(s.world.host("host")!.kernel.linkByName("eth0")!.stats, c);
      check(s, f);
    });
});

describe("maskVeth", () => {
  it("turns a veth's details into a virtio NIC's and leaves lo's alone", () => {
    const veth =
      "    link/ether 52:54:00:12:34:57 brd ff:ff:ff:ff:ff:ff link-netns dt-peer promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \n" +
      "    veth addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 \n";
    expect(maskVeth(veth, { zeroEth0: true, afterDown: false })).toBe(
      "    link/ether 52:54:00:12:34:57 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 addrgenmode eui64 numtxqueues 1 numrxqueues 1 " +
        "gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 parentbus virtio parentdev virtio1 \n",
    );
    const lo = "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 tso_max_size 524280 gro_max_size 65536 \n";
    expect(maskVeth(lo, { zeroEth0: true, afterDown: true })).toBe(lo);
  });
  it("adds the parent device to compact and pretty JSON", () => {
    expect(maskVeth('{"address":"52:54:00:12:34:56","gro_max_size":65536,"altnames":[]}', { zeroEth0: false, afterDown: false })).toBe(
      '{"address":"52:54:00:12:34:56","gro_max_size":65536,"parentbus":"virtio","parentdev":"virtio0","altnames":[]}',
    );
    expect(maskVeth('{\n    "address": "52:54:00:12:34:56",\n    "gro_max_size": 65536\n}', { zeroEth0: false, afterDown: false })).toBe(
      '{\n    "address": "52:54:00:12:34:56",\n    "gro_max_size": 65536,\n    "parentbus": "virtio",\n    "parentdev": "virtio0"\n}',
    );
  });
});
