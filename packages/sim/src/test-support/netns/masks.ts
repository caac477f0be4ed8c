/**
 * What may differ between the real kernel in a network namespace and the
 * simulated Debian 12 VM, and nothing else. Each mask rewrites the real
 * output towards what the simulation (a virtio NIC on Debian 12's kernel
 * 6.1) prints:
 *
 *  1. "eth0@ifN" -> "eth0": a veth names its peer's ifindex; a NIC has no
 *     peer. (-brief keeps its 16-column padding.)
 *  2. " link-netns NAME" / " link-netnsid N" dropped: the peer lives in
 *     another namespace.
 *  3. "qdisc noqueue" on a non-loopback link -> "qdisc pfifo_fast": veth gets
 *     no default qdisc; a NIC gets Debian 12's default, pfifo_fast.
 *  4. packet and byte counters of NICs -> 0: the veth carried IPv6 DAD,
 *     router solicitations and MLD reports; the simulated wire is silent
 *     unless a packet is sent. (ip -s link, ifconfig, netstat -i.)
 *  5. " tentative" dropped: DAD is switched off in the harness's namespaces
 *     (accept_dad=0, real.ts) as the simulation completes it at once; the
 *     mask stays for recordings made with DAD on.
 *  6. Kernel 6.18 (this machine) vs Debian 12's 6.1: 6.18 adds the extended
 *     ack "Error: ipv4: Address not found." where 6.1 answers "RTNETLINK
 *     answers: Cannot assign requested address"; the simulation follows 6.1.
 *  7. "bash: line N: " -> "-bash: ": the harness runs each step with
 *     `bash -c`; the simulation's shell is an interactive login shell, whose
 *     errors bash prefixes with "-bash: " (argv[0] of a login shell).
 *  8. lo's counters (masks both sides, see maskLoopbackCounters): ifup and
 *     IPv6 on the real side send local packets the simulation does not.
 *  9. MACs need no mask: the harness pins every NIC's MAC to the lab's.
 *     Kernel-chosen ports and times do not occur in the routing scripts; a
 *     script that prints them must add its own mask:
 * 10. conntrack (maskConntrack, both sides): ping's ICMP identifier (the
 *     real ping draws it), ports from the ephemeral range 32768-60999 (a
 *     client's port the kernel chose: curl), entry ids (-o id), and the
 *     order of the entries (the real table lists them in the order of a
 *     hash seeded at boot): entry lines are sorted.
 * 11. conntrack timeouts (alignConntrackTimeouts, real side against the
 *     simulation's): a real entry's remaining seconds may lag the
 *     simulation's by up to 12 s, or lead them by 1 (the real steps take
 *     real time, the simulated ones virtual time: on a busy 2-core machine
 *     the real side was seen 7-10 s behind); within that window the real
 *     value is taken as the simulation's, beyond it the difference shows.
 *     The closest timeouts the comparisons must tell apart are 20 s apart
 *     (an ICMP timeout set to 10 against the default 30).
 */

function zeroDigits(s: string): string {
  return s.replace(/\d+/g, (d) => `${" ".repeat(d.length - 1)}0`);
}

function zeroScaled(s: string): string {
  return s.replace(/(RX|TX) packets \d+ {2}bytes \d+ \([^)]*\)/g, "$1 packets 0  bytes 0 (0.0 B)").replace(/(RX|TX) errors \d+ {2}dropped \d+/g, "$1 errors 0  dropped 0");
}

export function maskReal(text: string, nics: string[]): string {
  let t = text;
  for (const nic of nics) {
    const n = nic.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    t = t.replace(new RegExp(`^${n}@if\\d+( +)`, "gm"), (m) => nic.padEnd(m.length));
    t = t.replace(new RegExp(`${n}@if\\d+`, "g"), nic);
    t = t.replace(new RegExp(`^(\\d+: ${n}: .*)qdisc noqueue`, "gm"), "$1qdisc pfifo_fast");
    // ifconfig long form
    t = t.replace(new RegExp(`^(${n}: flags=[\\s\\S]*?)\\n\\n`, "gm"), (block) => zeroScaled(block));
    // ifconfig -s, netstat -i
    t = t.replace(new RegExp(`^(${n} {2,}\\d+)( .*)( [A-Z]+)$`, "gm"), (_m, a: string, nums: string, fl: string) => a + zeroDigits(nums) + fl);
    // ip -s link: the value rows after the RX:/TX: headers
    t = t.replace(new RegExp(`^(\\d+: ${n}: [\\s\\S]*?)(?=^\\d+: |$(?![\\s\\S]))`, "gm"), (block) =>
      block.replace(/^( {4}(?:RX|TX): .*\n)(.*)$/gm, (_m, head: string, vals: string) => head + zeroDigits(vals)),
    );
  }
  return t
    .replace(/ link-netns \S+/g, "")
    .replace(/ link-netnsid \d+/g, "")
    .replace(/ tentative /g, " ")
    .replace(/^bash: line \d+: /gm, "-bash: ")
    .replace(/Error: ipv4: Address not found\./g, "RTNETLINK answers: Cannot assign requested address");
}

/** lo's counters move with every local packet on both sides; they are compared only where a script sends none */
export function maskLoopbackCounters(text: string): string {
  return text.replace(/^(lo: flags=[\s\S]*?)\n\n/gm, (block) => zeroScaled(block)).replace(/^(lo {2,}\d+)( .*)( [A-Z]+)$/gm, (_m, a: string, nums: string, fl: string) => a + zeroDigits(nums) + fl);
}

/** mask 10 on one text: the kernel's and tools' random draws */
export function maskConntrack(text: string): string {
  return text.replace(/\b(sport|dport)=(3[2-9]\d{3}|[4-5]\d{4}|60\d{3})\b/g, "$1=EPHEMERAL").replace(/\bid=\d+/g, "id=ID");
}

/** mask 10's order part: entry lines sorted, the rest (summary, blank lines) after them in their order */
export function sortConntrackEntries(text: string): string {
  const lines = text.split("\n");
  const isEntry = (l: string) => /^(ipv4|tcp|udp|icmp|unknown)\s/.test(l);
  return [...lines.filter(isEntry).sort(), ...lines.filter((l) => !isEntry(l))].join("\n");
}

/** the seconds field of a conntrack -L / /proc/net/nf_conntrack entry line */
const TIMEOUT_FIELD = /^((?:ipv4 +2 +)?(?:tcp|udp|icmp) +\d+ )(\d+)( )/;

/** mask 11: the real entry lines take the simulation's timeouts where they are at most `lag` seconds behind and `lead` ahead */
export function alignConntrackTimeouts(sim: string, real: string, lag = 12, lead = 1): string {
  const simLines = sim.split("\n");
  const key = (l: string) => l.replace(TIMEOUT_FIELD, "$1T$3");
  const used = new Set<number>();
  return real
    .split("\n")
    .map((l) => {
      const m = TIMEOUT_FIELD.exec(l);
      if (!m) return l;
      const behind = (x: string) => Number(TIMEOUT_FIELD.exec(x)![2]) - Number(m[2]);
      const i = simLines.findIndex((x, j) => !used.has(j) && key(x) === key(l) && behind(x) <= lag && behind(x) >= -lead);
      if (i < 0) return l;
      used.add(i);
      return simLines[i];
    })
    .join("\n");
}

/** masks 10 and 11 over one step's output of both sides: [sim, real] ready to compare */
export function conntrackPair(sim: string, real: string): [string, string] {
  const s = maskConntrack(sim);
  const r = alignConntrackTimeouts(s, maskConntrack(real));
  return [sortConntrackEntries(s), sortConntrackEntries(r)];
}
