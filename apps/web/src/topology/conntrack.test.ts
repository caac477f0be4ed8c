import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { conntrackView, describeRow } from "./conntrack";

describe("the conntrack table picture", () => {
  it("shows live entries with tuples, flags and the seconds left, and drops them when their time is up", () => {
    const s = LabSession.create("gateway");
    const host = s.defaultHost;
    expect(conntrackView(s.world.state, host)).toEqual({ host, tracking: false, everUsed: false, rows: [] });
    s.run(host, "conntrack -I -p tcp -s 192.168.1.10 -d 10.0.0.2 --sport 1311 --dport 80 --state SYN_SENT -t 120");
    const v = conntrackView(s.world.state, host);
    expect(v.rows).toEqual([
      { id: 1, proto: "tcp", state: "SYN_SENT", original: "192.168.1.10:1311 → 10.0.0.2:80", reply: "10.0.0.2:80 → 192.168.1.10:1311", flags: ["UNREPLIED"], secondsLeft: 120 },
    ]);
    expect(describeRow(v.rows[0])).toBe("tcp SYN_SENT: 192.168.1.10:1311 → 10.0.0.2:80; reply 10.0.0.2:80 → 192.168.1.10:1311, UNREPLIED; 120 s left");
    s.advance(60_500);
    expect(conntrackView(s.world.state, host).rows[0].secondsLeft).toBe(59);
    s.advance(59_500);
    expect(conntrackView(s.world.state, host).rows).toEqual([]);
  });

  it("shows NAT as before and after from the reply tuple", () => {
    const s = LabSession.create("gateway");
    const host = s.defaultHost;
    s.run(host, "conntrack -I -p udp -s 192.168.1.10 -d 10.0.0.2 --sport 5000 --dport 53 -t 30");
    const e = Object.values(s.world.state.hosts.find((h) => h.name === host)!.kernel.netfilter!.conntrack.entries)[0];
    e.reply.dst = "10.0.0.1";
    e.reply.dport = 61000;
    e.status.srcNat = true;
    expect(conntrackView(s.world.state, host).rows[0].nat).toEqual({ kind: "SNAT", before: "192.168.1.10:5000", after: "10.0.0.1:61000" });
  });
});
