/**
 * Replays the outputs recorded from the real tools (fixtures/, see
 * fixtures/README.md) against the simulation, lesson step by lesson step.
 *
 * The recordings were made on a veth pair between two network namespaces;
 * `maskVeth` rewrites what a veth shows differently from the virtio NIC of a
 * real Debian 12 VM, and nothing else:
 *  1. "eth0@ifN" -> "eth0": a veth names its peer's ifindex; a NIC has no peer.
 *  2. " link-netns rl-peer" dropped: the peer lives in another namespace.
 *  3. eth0's "qdisc noqueue" -> "qdisc pfifo_fast": veth gets no default qdisc;
 *     a NIC gets Debian 12's net.core.default_qdisc, pfifo_fast (Debian ships
 *     no systemd 50-default.conf, so the kernel default stands).
 *  4. eth0's packet/byte counters -> 0: the veth carried IPv6 DAD, router
 *     solicitations and MLD reports; the simulated network is silent.
 *  5. " tentative" dropped: recorded within DAD's ~1 s after a link came up;
 *     the simulation completes DAD at once.
 *  6. "Error: ipv4: Address not found." -> "RTNETLINK answers: Cannot assign
 *     requested address": the recording kernel (6.18) adds that extended ack;
 *     Debian 12's kernel 6.1 does not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ifupdown } from "./ifupdown/ifupdown.js";
import { type FakeHost, type Fixture, parseFixture, poweredOnHost, runLine } from "./test-support.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

function zeroDigits(s: string): string {
  return s.replace(/\d+/g, (d) => `${" ".repeat(d.length - 1)}0`);
}

export function maskVeth(text: string): string {
  let t = text
    // -brief pads the name to 16 columns: keep the padding right after shortening it
    .replace(/^eth0@if\d+( +)/gm, (m) => "eth0".padEnd(m.length))
    .replace(/eth0@if\d+/g, "eth0")
    .replace(/ link-netns rl-peer/g, "")
    .replace(/ tentative /g, " ")
    .replace(/Error: ipv4: Address not found\./g, "RTNETLINK answers: Cannot assign requested address");
  t = t.replace(/^(\d+: eth0: .*)qdisc noqueue/gm, "$1qdisc pfifo_fast");
  // ifconfig long form: only eth0's block has non-zero counters
  t = t.replace(/^(eth0: flags=[\s\S]*?)\n\n/gm, (block) =>
    block
      .replace(/(RX|TX) packets \d+ {2}bytes \d+ \([^)]*\)/g, "$1 packets 0  bytes 0 (0.0 B)")
      .replace(/(RX|TX) errors \d+ {2}dropped \d+/g, "$1 errors 0  dropped 0"),
  );
  // ifconfig -s
  t = t.replace(/^(eth0 {2,}\d+)( .*)( [A-Z]+)$/gm, (_m, a: string, nums: string, fl: string) => a + zeroDigits(nums) + fl);
  // ip -s link: the two value rows after eth0's RX:/TX: headers
  t = t.replace(/^(\d+: eth0: [\s\S]*?)(?=^\d+: |$(?![\s\S]))/gm, (block) =>
    block.replace(/^(    (?:RX|TX): .*\n)(.*)$/gm, (_m, head: string, vals: string) => head + zeroDigits(vals)),
  );
  return t;
}

function load(name: string): Fixture {
  const f = parseFixture(readFileSync(join(DIR, name), "utf8"));
  return { ...f, stdout: maskVeth(f.stdout), stderr: maskVeth(f.stderr) };
}

/** the lab as Debian's boot leaves it: ifup -a over the lab's /etc/network/interfaces */
function bootedLab(files: Record<string, string> = {}): FakeHost {
  const h = poweredOnHost(files);
  const status = ifupdown(
    { host: h.host, stdout: { write() {}, writeBytes() {}, isTTY: false }, stderr: { write() {}, writeBytes() {}, isTTY: false }, runCommandLine: () => 0 },
    "up",
    ["-a"],
  );
  expect(status).toBe(0);
  return h;
}

/** commands that are not this module's, or output the simulation does not colour */
const NOT_OURS = /(^|; )(ip -br -c)/;

function check(h: FakeHost, f: Fixture): void {
  const r = runLine(h, f.command);
  expect({ cmd: f.command, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
    cmd: f.command,
    stdout: f.stdout,
    stderr: f.stderr,
    status: f.status,
  });
}

function stepFiles(step: string): string[] {
  return files.filter((f) => f.startsWith(`${step}.`));
}

describe("power-on and first links up (fresh namespace)", () => {
  for (const f of stepFiles("0-poweron")) it(f, () => check(poweredOnHost(), load(f)));
  it("lo up", () => {
    const h = poweredOnHost();
    expect(runLine(h, "ip link set lo up").status).toBe(0);
    for (const f of stepFiles("0-lo-up")) check(h, load(f));
  });
  it("eth0 up", () => {
    const h = poweredOnHost();
    runLine(h, "ip link set lo up; ip link set eth0 up");
    for (const f of stepFiles("0-eth0-up")) check(h, load(f));
  });
});

describe("lab `single` after boot", () => {
  for (const f of stepFiles("1-lab")) {
    const fx = load(f);
    if (NOT_OURS.test(fx.command)) continue;
    it(fx.command, () => check(bootedLab(), fx));
  }
});

describe("error cases on the booted lab", () => {
  for (const f of [...stepFiles("1-err"), ...stepFiles("1-mut")]) {
    const fx = load(f);
    it(fx.command, () => check(bootedLab(), fx));
  }
});

describe("the lesson, step by step", () => {
  const steps: { step: string; action: string; repeated: boolean }[] = [
    { step: "2-add-label", action: "ip addr add 192.168.1.11/24 dev eth0 label eth0:1", repeated: true },
    { step: "3-ifconfig-alias", action: "ifconfig eth0:0 192.168.1.20 netmask 255.255.255.0 up", repeated: true },
    { step: "4-del", action: "ip addr del 192.168.1.11/24 dev eth0", repeated: true },
    { step: "5-down", action: "ifconfig eth0:0 down", repeated: false },
  ];
  it("all steps in order", () => {
    const h = bootedLab();
    for (const s of steps) {
      const all = stepFiles(s.step).map(load);
      const act = all.find((f) => f.command === s.action)!;
      expect(act, s.step).toBeDefined();
      const first = runLine(h, s.action);
      if (!s.repeated) expect(first).toEqual({ stdout: act.stdout, stderr: act.stderr, status: act.status });
      else expect(first.status).toBe(0);
      for (const f of all) if (f !== act) check(h, f);
      if (s.repeated) check(h, act);
    }
  });
});

describe("address and route semantics", () => {
  it("8-ifconfig-ops, in recorded order on one host", () => {
    const h = bootedLab();
    const order = ["ifconfig_eth0_mtu", "ifconfig_eth0_192.168.1.50_netmask", "ifconfig_eth0_down", "ifconfig_eth0:3", "ifconfig_eth0:0", "ifconfig_lo:5"];
    for (const o of order) {
      const f = stepFiles("8-ifconfig-ops").find((n) => n.startsWith(`8-ifconfig-ops.${o}`))!;
      expect(f, o).toBeDefined();
      check(h, load(f));
    }
  });
  for (const step of ["6-del-primary", "6-promote", "7-linkdown", "9-brd-flush", "9-static-routes", "9-route-get", "9-label-flush", "9-hostname-set"]) {
    for (const f of stepFiles(step)) {
      const fx = load(f);
      if (NOT_OURS.test(fx.command)) continue;
      it(`${step}: ${fx.command}`, () => check(bootedLab(), fx));
    }
  }
});

describe("ifup / ifdown", () => {
  // the recorded file: the lab's interfaces plus a non-auto eth0:0 stanza
  const interfaces = readFileSync(join(DIR, "interfaces"), "utf8");
  it("in recorded order on one host", () => {
    const h = bootedLab({ "/tmp/rl/interfaces": interfaces });
    for (const o of ["ifup-again", "ifup-unknown", "ifdown", "ifdown-twice", "ifup-alias", "ifup-noargs", "ifup-down-cycle"]) {
      const fx = load(`10-ifupdown.${o}.txt`);
      // the simulation keeps ifupdown's state in its default place, /run/network
      check(h, { ...fx, command: fx.command.replace(/ --state-dir \/tmp\/rl\/state/g, "") });
    }
  });
});
