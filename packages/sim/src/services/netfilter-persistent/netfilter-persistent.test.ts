import { describe, expect, it } from "vitest";
import { utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { RULES_V4, restoreSavedRules } from "./index.js";

const SAVED = "*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n";

describe("netfilter-persistent", () => {
  it("restores /etc/iptables/rules.v4 with iptables-restore where the package is installed and the file saved", () => {
    const s = LabSession.create("stateful-firewall");
    const server = s.world.host("server")!;
    const lines: string[] = [];
    const run = (line: string) => (lines.push(line), 0);
    expect(restoreSavedRules(server, run)).toBeUndefined(); // nothing saved yet
    server.fs.writeFile(RULES_V4, utf8Encode(SAVED));
    expect(restoreSavedRules(server, run)).toBe(0);
    expect(lines).toEqual(["iptables-restore < /etc/iptables/rules.v4"]);
  });

  it("does nothing on a host without the package, even with the file", () => {
    const s = LabSession.create("stateful-firewall");
    const admin = s.world.host("admin")!;
    admin.fs.mkdir("/etc/iptables", { parents: true });
    admin.fs.writeFile(RULES_V4, utf8Encode(SAVED));
    const lines: string[] = [];
    expect(restoreSavedRules(admin, (l) => (lines.push(l), 0))).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it("the unit is there and enabled where the lab installs the package", () => {
    const s = LabSession.create("nat");
    expect(s.run("machine_A", "cat /etc/systemd/system/multi-user.target.wants/netfilter-persistent.service").stdout).toContain("ExecStart=/usr/sbin/netfilter-persistent start");
    expect(s.run("inet", "ls /lib/systemd/system/netfilter-persistent.service").exit).toBe(2);
  });
});
