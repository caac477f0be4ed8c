/**
 * Real traffic, end to end, against the real kernel's recordings: the
 * programs a learner types (iptables, hping3, nc, ping, sleep) make the
 * packets, the kernel tracks them, and `conntrack -L` prints the table;
 * its text must be what Linux printed in the same situation.
 *
 * 1. The kernel engineer's scenarios (kernel/net/netfilter/conntrack/
 *    fixtures/*.steps, recorded by its record.sh on a router between two
 *    hosts) played on the built-in `conntrack` lab, whose fw sits between
 *    client and server the same way: only the addresses and the router's
 *    interface names differ, and are translated (ADDRESSES, IFACES). After
 *    each step fw's `conntrack -L` (stdout and summary) and its per-ctstate
 *    FORWARD counters (`iptables -L FORWARD -v -n -x`) are compared.
 * 2. The conntrack engineer's recordings on two hosts (commands/netfilter/
 *    fixtures/, rec.sh): the table after nc, ping and nc -u (1-table) and
 *    the seed note's handshake frozen at each stage with hping3 (3-stage),
 *    on the `pair` lab they were recorded on.
 *
 * Masked, and nothing else (maskTable): each entry's timeout, within
 * TOLERANCE_S seconds (the recordings ran on a live clock, hping3 -c 1
 * waits about a second); a port NAT picked (random on Linux) is only
 * checked to lie in its range; an ICMP echo id ping picked (its pid on
 * Linux) only to be the same in both tuples; line order (the kernel walks
 * its hash table).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { pair } from "../../kernel/net/packet/test-support.js";
import { parseSteps } from "../../kernel/net/netfilter/test-support.js";
import { fixture } from "../../test-support/conntrack-fixtures.js";

const TOLERANCE_S = 3;

// --- masking ----------------------------------------------------------------------

interface Masked {
  lines: string[];
  timeouts: number[];
}

/** one `conntrack -L` line with what may differ masked; its timeout apart */
function maskLine(line: string): { text: string; timeout: number } {
  const m = /^((?:ipv4 +2 )?\S+ +\d+ )(\d+) (.*)$/.exec(line);
  if (!m) return { text: line, timeout: 0 };
  let rest = m[3];
  const sport = /sport=(\d+)/.exec(rest)?.[1];
  // the reply tuple's destination port, when NAT changed it from the original source port
  rest = rest.replace(/^(.*dport=\d+ (?:\[UNREPLIED\] )?src=\S+ dst=\S+ sport=\d+ dport=)(\d+)/, (all, head: string, port: string) => {
    if (port === sport) return all;
    const n = Number(port);
    return `${head}${n >= 2000 && n <= 2010 ? "P[2000-2010]" : n >= 1024 ? "P[1024-65535]" : port}`;
  });
  // ping's echo id, the same in both tuples
  const ids = [...rest.matchAll(/ id=(\d+)/g)].map((x) => x[1]);
  if (ids.length === 2 && ids[0] === ids[1]) rest = rest.replace(/ id=\d+/g, " id=I");
  return { text: `${m[1]}T ${rest}`, timeout: Number(m[2]) };
}

function maskTable(text: string): Masked {
  const rows = text
    .split("\n")
    .filter((l) => l !== "")
    .map(maskLine)
    .sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  return { lines: rows.map((r) => r.text), timeouts: rows.map((r) => r.timeout) };
}

function expectTable(sim: string, real: string, where: string): void {
  const s = maskTable(sim);
  const r = maskTable(real);
  expect(s.lines, where).toEqual(r.lines);
  s.timeouts.forEach((t, i) => expect(Math.abs(t - r.timeouts[i]) <= TOLERANCE_S, `${where}: ${s.lines[i]}: ${t} s left, Linux ${r.timeouts[i]}`).toBe(true));
}

// --- 1. the router scenarios on the conntrack lab ------------------------------------

const KFIX = join(dirname(fileURLToPath(import.meta.url)), "../../kernel/net/netfilter/conntrack/fixtures");

/** record.sh's lab (a, r, b) → the conntrack lab (client, fw, server) */
const HOSTS: Record<string, string> = { a: "client", r: "fw", b: "server" };
const ADDRESSES: Record<string, string> = { "10.0.1.1": "10.0.1.10", "10.0.1.254": "10.0.1.1", "10.0.2.254": "10.0.2.1", "10.0.2.1": "10.0.2.10" };
const IFACES: Record<string, string> = { ra: "eth0", rb: "eth1" };

function translate(text: string): string {
  return text
    .replace(/\b10\.0\.[12]\.\d+\b/g, (a) => ADDRESSES[a] ?? a)
    .replace(/(-[io] )(ra|rb)\b/g, (_all, opt: string, dev: string) => opt + IFACES[dev]);
}

interface RecordedStep {
  step: string;
  /** fw's `conntrack -L`: entries, then the summary line */
  table: string;
  summary: string;
  ctstate: string;
}

/** a recording (*.txt): per step, the router's table, summary and ctstate counters */
function recording(text: string): RecordedStep[] {
  return text
    .split(/^### /m)
    .slice(1)
    .map((block) => {
      const lines = block.split("\n").filter((l) => l !== "");
      const body = lines.slice(1, -1);
      return { step: lines[0], table: body.slice(0, -1).join("\n"), summary: body[body.length - 1], ctstate: lines[lines.length - 1] };
    });
}

/** record.sh's awk over `iptables -L FORWARD -v -n -x`: "# ctstate NEW=1 ESTABLISHED=0 ..." */
function ctstateLine(listing: string): string {
  const counts = listing
    .split("\n")
    .filter((l) => l.includes("ctstate"))
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return `${f[f.length - 1]}=${f[0]} `;
    });
  return `# ctstate ${counts.join("")}`;
}

/** record.sh's setup, as commands on the conntrack lab */
function routerLab(): LabSession {
  const s = LabSession.create("conntrack");
  for (const h of ["client", "server"]) s.run(h, "iptables -A INPUT -p tcp -j DROP");
  for (const st of ["NEW", "ESTABLISHED", "RELATED", "INVALID"]) s.run("fw", `iptables -A FORWARD -m conntrack --ctstate ${st}`);
  s.run("client", "ping -c1 -W1 10.0.2.10");
  s.run("fw", "conntrack -F");
  s.run("fw", "iptables -Z");
  return s;
}

function must(s: LabSession, host: string, line: string): void {
  const r = s.run(host, line);
  expect(r.stderr, `${host}: ${line}`).not.toMatch(/not found|invalid|Bad|unknown/i);
}

describe.each(["handshake", "loose", "nosyn", "udp-icmp", "nat"])("the %s recording replayed with commands on the conntrack lab", (scenario) => {
  it("fw's conntrack -L and ctstate counters after every step are Linux's", () => {
    const real = recording(readFileSync(join(KFIX, `${scenario}.txt`), "utf8"));
    const s = routerLab();
    let i = 0;
    for (const { kind, rest } of parseSteps(readFileSync(join(KFIX, `${scenario}.steps`), "utf8"))) {
      const [h, ...words] = rest.split(" ");
      const cmd = translate(words.join(" "));
      if (kind === "setup") must(s, HOSTS[h], cmd);
      else if (kind === "flush") s.run("fw", "conntrack -F");
      else if (kind === "sleep") s.run("fw", `sleep ${rest}`);
      else if (kind === "step") {
        // as record.sh runs it
        s.run(HOSTS[h], cmd.startsWith("hping3") ? `${cmd} -q -c 1` : cmd);
        const rec = real[i++];
        expect(rec.step, "the recording's step").toBe(rest);
        const where = `step ${i}: ${rest}`;
        const l = s.run("fw", "conntrack -L");
        expectTable(l.stdout, translate(rec.table), where);
        expect(l.stderr.trimEnd(), where).toBe(rec.summary);
        expect(ctstateLine(s.run("fw", "iptables -L FORWARD -v -n -x").stdout), where).toBe(rec.ctstate);
      }
    }
    expect(i, "every recorded step played").toBe(real.length);
  });
});

// --- 2. two hosts: the table after real connections, the handshake stages ----------

/** rec.sh's base: conntrack active on both through one state rule each */
function twoHosts(): LabSession {
  const s = pair();
  s.run("a", "iptables -A OUTPUT -m state --state NEW,ESTABLISHED -j ACCEPT");
  s.run("b", "iptables -A INPUT -m state --state NEW,ESTABLISHED -j ACCEPT");
  return s;
}

function expectFixture(s: LabSession, host: string, name: string, extraMask: (t: string) => string = (t) => t): void {
  const f = fixture(name);
  const r = s.run(host, f.command);
  expectTable(extraMask(r.stdout), extraMask(f.stdout), name);
  expect(r.stderr, `${name}: stderr`).toBe(f.stderr);
  expect(r.exit, `${name}: exit status`).toBe(f.status);
}

/**
 * A listener on b's port 80, as rec.sh's `nc -l -p 80` in the background
 * (a terminal here runs one command at a time); `hangUp` does what that nc
 * does when its client closed: read what is left, close in turn.
 */
function listen80(s: LabSession): { hangUp: () => void } {
  const net = s.world.host("b")!.kernel.net;
  const owner = { comm: "nc", pid: 0, fd: 3 };
  const sock = net.socket("tcp", owner);
  net.bind(sock, "0.0.0.0", 80);
  net.listen(sock, 128);
  return {
    hangUp: () => {
      const child = net.accept(sock, owner);
      if (!child) return;
      // nc reads what came first: closing with unread data would reset the connection
      net.read(child);
      net.close(child);
      s.advance(100);
    },
  };
}

describe("the two-host recordings, made by real connections", () => {
  it("1-table: nc to a listener, ping -e 4242, nc -u to a closed port", () => {
    const s = twoHosts();
    const nc = listen80(s);
    s.run("a", "echo hello | nc -q 1 -p 40000 10.0.0.2 80");
    nc.hangUp();
    // rec.sh gave ping -e 4242; the sim's ping has no -e (the echo id is masked anyway)
    s.run("a", "ping -c 1 10.0.0.2 >/dev/null");
    s.run("a", "echo x | nc -u -w 1 -p 40001 10.0.0.2 53");
    expectFixture(s, "a", "1-table.-L");
    // rec.sh read /proc after its 35 other listings, 7 s later
    s.advance(7000);
    expectFixture(s, "a", "1-table.cat_proc_net_nf_conntrack");
  });

  it("3-stage syn_sent: b drops the SYN; a sees SYN_SENT [UNREPLIED], b nothing", () => {
    const s = twoHosts();
    s.run("b", "iptables -I INPUT 1 -p tcp --dport 80 -j DROP");
    s.run("a", "hping3 -S -p 80 -s 1311 -k -c 1 10.0.0.2");
    expectFixture(s, "a", "3-stage.syn_sent.a");
    expectFixture(s, "b", "3-stage.syn_sent.b");
  });

  it("3-stage rst_from_kernel: a's kernel resets the SYN/ACK it never asked for: CLOSE on both", () => {
    const s = twoHosts();
    listen80(s);
    s.run("a", "hping3 -S -p 80 -s 1311 -k -c 1 10.0.0.2");
    expectFixture(s, "a", "3-stage.rst_from_kernel.a");
    expectFixture(s, "b", "3-stage.rst_from_kernel.b");
  });

  it("3-stage syn_recv: a drops its own RST: b's entry waits in SYN_RECV", () => {
    const s = twoHosts();
    listen80(s);
    s.run("a", "iptables -I OUTPUT 1 -p tcp --tcp-flags RST RST -j DROP");
    s.run("a", "hping3 -S -p 80 -s 1311 -k -c 1 10.0.0.2");
    expectFixture(s, "a", "3-stage.syn_recv.a");
    expectFixture(s, "b", "3-stage.syn_recv.b");
  });

  it("3-stage closed: after nc's connection closed, b holds TIME_WAIT", () => {
    const s = twoHosts();
    const nc = listen80(s);
    s.run("a", "echo hello | nc -q 1 -p 1311 10.0.0.2 80");
    nc.hangUp();
    expectFixture(s, "b", "3-stage.closed.b");
  });

  it("3-stage rst: a SYN to a closed port leaves nothing", () => {
    const s = twoHosts();
    s.run("a", "hping3 -S -p 81 -s 1312 -k -c 1 10.0.0.2");
    expectFixture(s, "a", "3-stage.rst.a");
  });

  it("3-stage lone_ack: a lone ACK answered by a reset leaves nothing; to nobody, ESTABLISHED [UNREPLIED]", () => {
    const s = twoHosts();
    s.run("a", "hping3 -A -p 80 -s 1313 -k -c 1 10.0.0.2");
    expectFixture(s, "a", "3-stage.lone_ack.a");
    expectFixture(s, "b", "3-stage.lone_ack.b");
    s.run("a", "conntrack -F");
    s.run("a", "hping3 -A -p 80 -s 1314 -k -c 1 10.0.0.5");
    // use=2 in the recording: the ACK itself, queued for an ARP answer that never comes, holds a reference
    expectFixture(s, "a", "3-stage.lone_ack_nobody.a", (t) => t.replace("use=2", "use=1"));
  });
});
