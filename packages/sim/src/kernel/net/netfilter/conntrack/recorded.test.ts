/**
 * The simulation's conntrack against the real kernel's: each scenario in
 * fixtures/*.steps was played on Linux in network namespaces
 * (fixtures/record.sh) and the router's `conntrack -L` recorded after each
 * step, with the number of forwarded packets per ctstate. Here the same
 * steps run in the simulation, and the router's entries must have the same
 * tuples, TCP state, [UNREPLIED]/[ASSURED] and (within the seconds hping3
 * takes) the same timeouts; the ctstate counters must be equal.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { LabSession } from "../../../../lab/lab-session.js";
import { ctSecondsLeft } from "../netfilter.js";
import { type RecordedEntry, appendRule, chainOf, hping, kernelOf, parseRecording, parseSteps, routerLab, rule } from "../test-support.js";
import type { CtEntry, NfCtState } from "../types.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const read = (f: string) => readFileSync(join(dir, f), "utf8");

const tcp = { num: 6, invert: false };

/** the iptables and ip commands the scenarios use, as what they do to the simulated kernel */
const SETUPS: Record<string, (s: LabSession) => void> = {
  "r iptables -I FORWARD 1 -p tcp ! --syn -m state --state NEW -j DROP": (s) =>
    chainOf(kernelOf(s, "r"), "filter", "FORWARD").rules.unshift(
      rule({
        proto: tcp,
        matches: [
          { kind: "tcp", flags: { mask: ["FIN", "SYN", "RST", "ACK"], comp: ["SYN"], invert: true } },
          { kind: "state", states: ["NEW"], invert: false },
        ],
        target: { kind: "DROP" },
      }),
    ),
  "a ip addr add 10.0.1.2/24 dev eth0": (s) => void s.run("a", "ip addr add 10.0.1.2/24 dev eth0"),
  "r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE": (s) =>
    void appendRule(kernelOf(s, "r"), "nat", "POSTROUTING", { out: { name: "rb", invert: false }, target: { kind: "MASQUERADE" } }),
  "r iptables -t nat -F": (s) => {
    for (const c of kernelOf(s, "r").netfilter.ruleset().tables.nat?.chains ?? []) c.rules = [];
  },
  "r iptables -t nat -A PREROUTING -i ra -p tcp --dport 8080 -j DNAT --to-destination 10.0.2.1:80": (s) =>
    void appendRule(kernelOf(s, "r"), "nat", "PREROUTING", {
      in: { name: "ra", invert: false },
      proto: tcp,
      matches: [{ kind: "tcp", dport: { min: 8080, max: 8080, invert: false } }],
      target: { kind: "DNAT", to: [{ minIp: "10.0.2.1", maxIp: "10.0.2.1", minPort: 80, maxPort: 80 }] },
    }),
  "r iptables -t nat -A POSTROUTING -o rb -p udp -j SNAT --to-source 10.0.2.254:2000-2010": (s) =>
    void appendRule(kernelOf(s, "r"), "nat", "POSTROUTING", {
      out: { name: "rb", invert: false },
      proto: { num: 17, invert: false },
      target: { kind: "SNAT", to: [{ minIp: "10.0.2.254", maxIp: "10.0.2.254", minPort: 2000, maxPort: 2010 }] },
    }),
};

const CTSTATES: NfCtState[] = ["NEW", "ESTABLISHED", "RELATED", "INVALID"];

/** record.sh's lab: a and b drop incoming TCP, r counts forwarded packets per ctstate */
function lab(): LabSession {
  const s = routerLab();
  for (const h of ["a", "b"]) appendRule(kernelOf(s, h), "filter", "INPUT", { proto: tcp, target: { kind: "DROP" } });
  for (const st of CTSTATES) appendRule(kernelOf(s, "r"), "filter", "FORWARD", { matches: [{ kind: "conntrack", ctstate: [st], invert: false }] });
  return s;
}

function play(scenario: string): { now: number; step: string; entries: CtEntry[]; counters: Record<string, number> }[] {
  const s = lab();
  const r = kernelOf(s, "r");
  const out: ReturnType<typeof play> = [];
  for (const { kind, rest } of parseSteps(read(`${scenario}.steps`))) {
    if (kind === "setup") {
      const f = SETUPS[rest];
      if (!f) throw new Error(`no simulation of setup "${rest}"`);
      f(s);
    } else if (kind === "flush") r.netfilter.conntrackDelete();
    else if (kind === "sleep") s.world.advance(Number(rest) * 1000);
    else if (kind === "step") {
      const [host, ...cmd] = rest.split(" ");
      if (cmd[0] === "hping3") {
        hping(s, host, cmd.join(" "));
        // hping3 -c 1 waits a second for an answer; UDP here always gets one (ICMP port unreachable) and it returns at once
        s.world.advance(cmd.includes("-2") ? 100 : 1000);
      } else s.run(host, cmd.join(" "));
      const rules = r.netfilter.ruleset().tables.filter!.chains.find((c) => c.name === "FORWARD")!.rules;
      const counters = Object.fromEntries(CTSTATES.map((st) => [st, rules.find((x) => x.matches[0]?.kind === "conntrack" && x.matches[0].ctstate[0] === st)!.counters.packets]));
      out.push({ now: s.world.clock.now, step: rest, entries: structuredClone(r.netfilter.conntrackList()), counters });
    }
  }
  return out;
}

function sameOrig(real: RecordedEntry, e: CtEntry): boolean {
  const o = real.orig;
  return real.proto === e.proto && o.src === e.orig.src && o.dst === e.orig.dst && (o.sport === undefined || Number(o.sport) === e.orig.sport) && (o.dport === undefined || Number(o.dport) === e.orig.dport);
}

/** the reply tuple; a port NAT had to pick is random on Linux, so only its range is compared */
function checkReply(real: RecordedEntry, e: CtEntry, where: string): void {
  const r = real.reply;
  expect(e.reply.src, where).toBe(r.src);
  expect(e.reply.dst, where).toBe(r.dst);
  if (r.sport !== undefined) expect(e.reply.sport, where).toBe(Number(r.sport));
  if (r.dport === undefined) {
    expect(e.reply.id, where).toBe(e.orig.id);
    expect(e.reply.type, where).toBe(Number(r.type));
    return;
  }
  const picked = Number(r.dport) !== Number(real.orig.sport);
  if (!picked) expect(e.reply.dport, where).toBe(Number(r.dport));
  else {
    const [lo, hi] = Number(r.dport) >= 2000 && Number(r.dport) <= 2010 ? [2000, 2010] : [1024, 65535];
    expect(e.reply.dport, where).not.toBe(e.orig.sport);
    expect(e.reply.dport! >= lo && e.reply.dport! <= hi, `${where}: port ${e.reply.dport} in ${lo}-${hi}`).toBe(true);
  }
}

describe.each(["handshake", "loose", "nosyn", "udp-icmp", "nat"])("conntrack as the real kernel: %s", (scenario) => {
  const recorded = parseRecording(read(`${scenario}.txt`));
  const played = play(scenario);

  it("plays every recorded step", () => {
    expect(played.map((p) => p.step)).toEqual(recorded.map((r) => `${r.host} ${r.cmd}`));
  });

  recorded.forEach((real, i) => {
    it(`${i + 1}: ${real.host} ${real.cmd}`, () => {
      const sim = played[i];
      const now = sim.now;
      expect(sim.entries.length, "entries").toBe(real.entries.length);
      for (const re of real.entries) {
        const where = `${re.proto} ${JSON.stringify(re.orig)}`;
        const e = sim.entries.find((x) => sameOrig(re, x));
        expect(e, `${where} is in the table`).toBeDefined();
        expect(e!.tcpState, where).toBe(re.state);
        expect(!e!.status.seenReply, `${where} [UNREPLIED]`).toBe(re.unreplied);
        expect(e!.status.assured, `${where} [ASSURED]`).toBe(re.assured);
        checkReply(re, e!, where);
        const left = ctSecondsLeft(e!, now);
        expect(Math.abs(left - re.timeout) <= 3, `${where}: ${left} s left, the real kernel ${re.timeout}`).toBe(true);
      }
      expect(sim.counters).toEqual(real.ctstate);
    });
  });
});
