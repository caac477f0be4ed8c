/**
 * Rules survive a reboot only Debian's way: iptables-persistent installed,
 * /etc/iptables/rules.v4 written (by netfilter-persistent save or
 * iptables-save), restored at boot by the real netfilter-persistent script.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import type { LabSpec } from "../../lab/types.js";

const RULES = "*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n";

function lab(opts: { persistent: boolean; rules?: string }): LabSpec {
  return {
    id: "fw",
    title: "fw",
    description: "a firewall host",
    hosts: [
      {
        name: "fw",
        interfaces: [{ name: "eth0", mac: "52:54:00:12:34:56", address: "192.168.1.10/24" }],
        ...(opts.persistent ? { packages: ["iptables-persistent" as const] } : {}),
        ...(opts.rules ? { files: { "/etc/iptables/rules.v4": opts.rules } } : {}),
      },
    ],
  };
}

describe("netfilter-persistent", () => {
  it("restores the lab's rules.v4 at first boot", () => {
    const s = LabSession.create(lab({ persistent: true, rules: RULES }));
    expect(s.run("fw", "iptables -S").stdout).toBe(
      "-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-A INPUT -i lo -j ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n",
    );
  });

  it("installs the packages' files and an empty rules.v4 when the lab ships none", () => {
    const s = LabSession.create(lab({ persistent: true }));
    expect(s.run("fw", "ls -l /etc/iptables").stdout).toMatch(/-rw-r--r-- 1 root root 0 .* rules\.v4\n.* rules\.v6\n$/);
    expect(s.run("fw", "head -1 /usr/sbin/netfilter-persistent").stdout).toBe("#!/bin/sh\n");
    expect(s.run("fw", "systemctl is-enabled netfilter-persistent 2>/dev/null; ls /etc/systemd/system/multi-user.target.wants/").stdout).toContain(
      "netfilter-persistent.service",
    );
    expect(s.run("fw", "iptables-save").stdout).toBe("");
  });

  it("netfilter-persistent save writes rules.v4; a reboot brings the rules back", () => {
    const s = LabSession.create(lab({ persistent: true }));
    s.run("fw", "iptables -A INPUT -p icmp -j ACCEPT");
    s.run("fw", "iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE");
    const save = s.run("fw", "netfilter-persistent save");
    expect(save.exit).toBe(0);
    expect(save.stderr).toBe(
      "run-parts: executing /usr/share/netfilter-persistent/plugins.d/15-ip4tables save\n" +
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/25-ip6tables save\n",
    );
    const saved = s.run("fw", "cat /etc/iptables/rules.v4").stdout;
    expect(saved).toContain("-A INPUT -p icmp -j ACCEPT\n");
    expect(saved).toContain("-A POSTROUTING -o eth0 -j MASQUERADE\n");
    expect(s.run("fw", "stat -c %a /etc/iptables/rules.v4").stdout).toBe("640\n");
    s.rebootHost("fw");
    expect(s.run("fw", "iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p icmp -j ACCEPT\n");
    expect(s.run("fw", "iptables -t nat -S POSTROUTING").stdout).toBe("-P POSTROUTING ACCEPT\n-A POSTROUTING -o eth0 -j MASQUERADE\n");
  });

  it("netfilter-persistent flush opens every chain and empties every table (its plugin's sed and iptables-save loop)", () => {
    const s = LabSession.create(lab({ persistent: true, rules: RULES }));
    s.run("fw", "iptables -N LOGDROP && iptables -A LOGDROP -j DROP && iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE");
    const flush = s.run("fw", "netfilter-persistent flush");
    expect(flush.exit).toBe(0);
    // the plugin sets the policy of every chain sed finds, user chains too: iptables refuses that one, as on Debian
    expect(flush.stderr).toBe(
      "run-parts: executing /usr/share/netfilter-persistent/plugins.d/15-ip4tables flush\n" +
        "iptables: Bad built-in chain name.\n" +
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/25-ip6tables flush\n",
    );
    expect(s.run("fw", "iptables -S").stdout).toBe("-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n");
    expect(s.run("fw", "iptables -t nat -S").stdout).toBe("-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-P POSTROUTING ACCEPT\n");
    // rules.v4 is untouched: a reboot brings the saved rules back
    s.rebootHost("fw");
    expect(s.run("fw", "iptables -S INPUT").stdout).toContain("-P INPUT DROP\n");
  });

  it("iptables-save > /etc/iptables/rules.v4 by hand does the same", () => {
    const s = LabSession.create(lab({ persistent: true }));
    s.run("fw", "iptables -P FORWARD DROP");
    expect(s.run("fw", "iptables-save > /etc/iptables/rules.v4").exit).toBe(0);
    s.rebootHost("fw");
    expect(s.run("fw", "iptables -S FORWARD").stdout).toBe("-P FORWARD DROP\n");
  });

  it("a rules.v4 that does not load leaves the box open and the script failed (recorded on Debian 12)", () => {
    // nft's --test load does not commit, so a jump to a missing chain passes it; the real load then fails
    const s = LabSession.create(lab({ persistent: true, rules: "*filter\n:INPUT DROP [0:0]\n-A INPUT -j nowhere\nCOMMIT\n" }));
    expect(s.run("fw", "iptables-save").stdout).toBe("");
    const r = s.run("fw", "netfilter-persistent start");
    expect(r).toMatchObject({
      stdout: "",
      stderr:
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/15-ip4tables start\n" +
        "iptables-restore v1.8.9 (nf_tables): Chain 'nowhere' does not exist\nError occurred at line: 4\n" +
        "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n" +
        "run-parts: /usr/share/netfilter-persistent/plugins.d/15-ip4tables exited with return code 2\n" +
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/25-ip6tables start\n",
      exit: 1,
    });
    expect(s.run("fw", "iptables-save").stdout).toBe("");
  });

  it("the test load stops a rules.v4 that iptables-restore cannot parse", () => {
    const s = LabSession.create(lab({ persistent: true, rules: `${RULES}bogus\n` }));
    expect(s.run("fw", "iptables-save").stdout).toBe("");
    const r = s.run("fw", "netfilter-persistent start");
    expect(r.stdout).toBe("Error: IPv4 rules failed test load. New rules NOT loaded\n");
    expect(r.stderr).toContain("iptables-restore: line 8 failed\n");
    expect(r.exit).toBe(0);
  });

  it("without the package rules are lost at reboot and there is no netfilter-persistent", () => {
    const s = LabSession.create(lab({ persistent: false }));
    s.run("fw", "iptables -A INPUT -j DROP");
    s.run("fw", "mkdir -p /etc/iptables; iptables-save > /etc/iptables/rules.v4");
    s.rebootHost("fw");
    expect(s.run("fw", "iptables-save").stdout).toBe("");
    const r = s.run("fw", "netfilter-persistent save");
    expect([r.exit, r.stderr]).toEqual([127, "-bash: netfilter-persistent: command not found\n"]);
  });
});
