/**
 * What the recorded comparison cannot show: the kernel records iptables
 * leaves for the packet path (the contract in kernel/net/netfilter/types.ts),
 * files (iptables-save -f, iptables-restore FILE), the kernel log, the
 * Debian alternatives, /proc/net/ip_tables_names.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { singleHost } from "../../test-support/netns/topology.js";
import { IPTABLES_NICS } from "./comparison-cases.js";

function session(): LabSession {
  return LabSession.create(singleHost("host", IPTABLES_NICS).lab);
}

function ruleset(s: LabSession, flavour: "nft" | "legacy" = "nft") {
  return s.world.host("host")!.kernel.netfilter.ruleset(flavour);
}

describe("the records iptables leaves in the kernel", () => {
  it("a stateful SSH rule", () => {
    const s = session();
    s.run("host", "iptables -A INPUT -i eth0 -s 10.1.2.3/8 -p tcp --dport ssh -m state --state ESTABLISHED,NEW -j ACCEPT");
    expect(ruleset(s).tables.filter!.chains).toEqual([
      {
        name: "INPUT",
        policy: "ACCEPT",
        rules: [
          {
            proto: { num: 6, invert: false },
            src: { addr: "10.0.0.0", prefixlen: 8, invert: false },
            in: { name: "eth0", invert: false },
            matches: [
              { kind: "tcp", dport: { min: 22, max: 22, invert: false } },
              { kind: "state", states: ["NEW", "ESTABLISHED"], invert: false },
            ],
            target: { kind: "ACCEPT" },
            counters: { packets: 0, bytes: 0 },
          },
        ],
      },
    ]);
  });

  it("the seed's lone-ACK rule, NAT targets and a user chain jump", () => {
    const s = session();
    s.run("host", "iptables -A INPUT -p tcp ! --syn -m state --state NEW -j DROP");
    s.run("host", "iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE");
    s.run("host", "iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80");
    s.run("host", "iptables -N web; iptables -A FORWARD -g web");
    const rs = ruleset(s);
    expect(rs.tables.filter!.chains[0].rules[0].matches).toEqual([
      { kind: "tcp", flags: { mask: ["FIN", "SYN", "RST", "ACK"], comp: ["SYN"], invert: true } },
      { kind: "state", states: ["NEW"], invert: false },
    ]);
    expect(rs.tables.nat!.chains.map((c) => [c.name, c.rules.map((r) => r.target)])).toEqual([
      ["PREROUTING", [{ kind: "DNAT", to: [{ minIp: "10.0.0.2", maxIp: "10.0.0.2", minPort: 80, maxPort: 80 }] }]],
      ["POSTROUTING", [{ kind: "MASQUERADE" }]],
    ]);
    expect(rs.tables.filter!.chains.map((c) => c.name)).toEqual(["INPUT", "FORWARD", "web"]);
    expect(rs.tables.filter!.chains[1].rules[0].target).toEqual({ kind: "goto", chain: "web" });
  });

  it("a failed command changes nothing: iptables-restore commits a table whole or not at all", () => {
    const s = session();
    const r = s.run("host", "printf '*filter\\n-A INPUT -j ACCEPT\\n-A INPUT -j nowhere\\nCOMMIT\\n' | iptables-restore");
    expect(r.exit).toBe(2);
    expect(ruleset(s).tables).toEqual({});
    expect(s.run("host", "iptables -t nat -A POSTROUTING -j REDIRECT").exit).toBe(4);
    expect(ruleset(s).tables.nat).toBeUndefined();
  });
});

describe("files, the kernel log, alternatives and /proc", () => {
  it("iptables-save -f and iptables-restore FILE", () => {
    const s = session();
    s.run("host", "iptables -A INPUT -p udp --dport 53 -j ACCEPT");
    expect(s.run("host", "iptables-save -f /root/fw.rules").exit).toBe(0);
    s.run("host", "iptables -F");
    expect(s.run("host", "iptables-restore /root/fw.rules").exit).toBe(0);
    expect(s.run("host", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p udp -m udp --dport 53 -j ACCEPT\n");
    const missing = s.run("host", "iptables-restore /root/nope");
    expect([missing.exit, missing.stderr]).toEqual([1, "Can't open /root/nope: No such file or directory\n"]);
    expect(s.run("host", "iptables-restore < /root/fw.rules && iptables -S INPUT | wc -l").stdout).toBe("2\n");
  });

  it("what the kernel refuses it says in its log", () => {
    const s = session();
    expect(s.run("host", "iptables -A FORWARD -j MASQUERADE").exit).toBe(4);
    expect(s.world.host("host")!.kernel.state.dmesg.at(-1)).toMatch(/\] x_tables: ip_tables: MASQUERADE target: only valid in nat table, not filter$/);
  });

  it("update-alternatives' link decides which iptables `iptables` is", () => {
    const s = session();
    s.run("host", "ln -sf /usr/sbin/iptables-legacy /etc/alternatives/iptables");
    s.run("host", "iptables -A INPUT -j DROP");
    expect(s.run("host", "iptables-legacy -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -j DROP\n");
    expect(s.run("host", "iptables-nft-save").stdout).toBe("");
    expect(s.run("host", "cat /proc/net/ip_tables_names").stdout).toBe("filter\n");
    expect(s.run("host", "iptables-nft -L -n >/dev/null").stderr).toBe("# Warning: iptables-legacy tables present, use iptables-legacy to see them\n");
  });

  it("no ip_tables_names before iptables-legacy is used", () => {
    const s = session();
    expect(s.run("host", "cat /proc/net/ip_tables_names").exit).toBe(1);
    s.run("host", "iptables-legacy -t nat -L >/dev/null; iptables-legacy -L >/dev/null");
    expect(s.run("host", "cat /proc/net/ip_tables_names").stdout).toBe("filter\nnat\n");
  });
});
