/**
 * The gateway lab behaves as the seed's story says on real Linux: with
 * forwarding off machine_A drops machine_B's packets; with forwarding on but
 * no route back the request reaches inet and no reply returns; with the
 * route back ping and HTTP work end to end; TIME_WAIT expires.
 */
import { describe, expect, it } from "vitest";
import { formatCapture } from "../../commands/net/tcpdump/index.js";
import { LabSession } from "../lab-session.js";

const FWD_ON = "echo 1 > /proc/sys/net/ipv4/ip_forward";
const ROUTE_BACK = "ip route add default via 10.0.0.1";

describe("gateway lab", () => {
  it("with forwarding off, ping from machine_B gets no answer and machine_A sends no error", () => {
    const s = LabSession.create("gateway");
    const r = s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    expect(r.stdout).toBe(
      "PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.\n\n--- 10.0.0.2 ping statistics ---\n" +
        "1 packets transmitted, 0 received, 100% packet loss, time 0ms\n\n",
    );
    expect(r.exit).toBe(1);
    // the request reached machine_A (after ARP) and went no further
    expect(s.world.host("inet")!.kernel.linkByName("eth0")!.stats.rxPackets).toBe(0);
  });

  it("with forwarding on but no route back, the request reaches inet and no reply returns", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    const inet = s.world.host("inet")!.kernel;
    const tap = inet.net.openTap(inet.linkByName("eth0")!.ifindex);
    const r = s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    expect(r.exit).toBe(1);
    expect(r.stdout).toContain("1 packets transmitted, 0 received, 100% packet loss");
    const lines = formatCapture(inet.net.tapFrames(tap)).map((l) => l.slice(16));
    expect(lines).toContain("IP 192.168.1.10 > 10.0.0.2: ICMP echo request, id " + lines.find((l) => l.includes("echo request"))!.split("id ")[1]);
    expect(lines.some((l) => l.includes("echo reply"))).toBe(false);
    expect(s.run("inet", "ip route get 192.168.1.10").stderr).toBe("RTNETLINK answers: Network is unreachable\n");
  });

  it("with the route back, ping works through the router with TTL 63", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    s.run("inet", ROUTE_BACK);
    const r = s.run("machine_B", "ping -c 2 10.0.0.2");
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/64 bytes from 10\.0\.0\.2: icmp_seq=2 ttl=63 time=0\.200 ms/);
    expect(r.stdout).toContain("2 packets transmitted, 2 received, 0% packet loss, time 1000ms");
  });

  it("a router without a route answers Destination Net Unreachable; TTL 1 gets Time to live exceeded", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    expect(s.run("machine_B", "ping -c 1 -W 1 172.16.0.1").stdout).toContain("From 192.168.1.1 icmp_seq=1 Destination Net Unreachable\n");
    s.run("inet", ROUTE_BACK);
    expect(s.run("machine_B", "ping -c 1 -t 1 10.0.0.2").stdout).toContain("From 192.168.1.1 icmp_seq=1 Time to live exceeded\n");
  });

  it("a router's error routes: unreachable answers Host Unreachable, prohibit Packet filtered, blackhole nothing", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    for (const r of ["unreachable 172.16.1.0/24", "prohibit 172.16.2.0/24", "blackhole 172.16.3.0/24"]) s.run("machine_A", `ip route add ${r}`);
    expect(s.run("machine_B", "ping -c 1 -W 1 172.16.1.1").stdout).toContain("From 192.168.1.1 icmp_seq=1 Destination Host Unreachable\n");
    expect(s.run("machine_B", "ping -c 1 -W 1 172.16.2.1").stdout).toContain("From 192.168.1.1 icmp_seq=1 Packet filtered\n");
    const dropped = s.run("machine_B", "ping -c 1 -W 1 172.16.3.1");
    expect(dropped.stdout).toContain("1 packets transmitted, 0 received, 100% packet loss");
    expect(dropped.stdout).not.toContain("From ");
    // TCP takes both ICMP errors for EHOSTUNREACH
    expect(s.run("machine_B", "nc -zv -w 1 172.16.2.1 80").stderr).toBe("nc: connect to 172.16.2.1 port 80 (tcp) failed: No route to host\n");
  });

  it("curl from machine_B fetches inet's page end to end, and the client's TIME-WAIT expires after 60 s", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    s.run("inet", ROUTE_BACK);
    const r = s.run("machine_B", "curl http://10.0.0.2/");
    expect(r.exit).toBe(0);
    expect(r.stdout).toContain("<title>Welcome to nginx!</title>");
    expect(r.stdout.length).toBe(615);
    expect(r.stderr).toBe("");
    const ss = s.run("machine_B", "ss -tan").stdout;
    expect(ss).toMatch(/^TIME-WAIT 0 {6}0 {7}192\.168\.1\.10:\d+ +10\.0\.0\.2:80 +$/m);
    s.run("machine_B", "sleep 59");
    expect(s.run("machine_B", "ss -tan").stdout).toContain("TIME-WAIT");
    s.run("machine_B", "sleep 1");
    expect(s.run("machine_B", "ss -tan").stdout).toBe("State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n");
    expect(s.run("inet", "cat /var/log/nginx/access.log").stdout).toMatch(/^192\.168\.1\.10 - - \[30\/Nov\/2026:09:00:0\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/7\.88\.1"\n$/);
  });

  it("the web server comes back after inet reboots", () => {
    const s = LabSession.create("gateway");
    s.run("inet", "reboot");
    expect(s.run("inet", "ss -tln").stdout).toContain("0.0.0.0:80");
    expect(s.run("inet", "curl -s http://10.0.0.2/").stdout.length).toBe(615);
  });

  it("a transcript with pings and curls replays byte-identically", () => {
    const lines: [string, string][] = [
      ["machine_B", "ping -c 2 10.0.0.2"],
      ["machine_A", FWD_ON],
      ["machine_B", "curl -m 3 http://10.0.0.2/"],
      ["inet", ROUTE_BACK],
      ["machine_B", "ping -c 3 -i 0.5 10.0.0.2"],
      ["machine_B", "curl -I http://10.0.0.2/"],
      ["machine_B", "ss -tan"],
      ["machine_B", "ip neigh"],
      ["machine_A", "arp -n"],
    ];
    const play = () => {
      const s = LabSession.create("gateway", 5);
      const out = lines.map(([h, l]) => s.run(h, l));
      return { s, out };
    };
    const a = play();
    const b = play();
    expect(b.out).toEqual(a.out);
    const { session, outputs } = LabSession.replay(structuredClone(a.s.transcript));
    expect(outputs).toEqual(a.out);
    expect(JSON.stringify(session.world.snapshot())).toBe(JSON.stringify(a.s.world.snapshot()));
  });
});

describe("one-nic-router lab", () => {
  it("pc1 reaches pc2 through the router's two addresses on one NIC once it forwards", () => {
    const s = LabSession.create("one-nic-router");
    expect(s.run("pc1", "ping -c 1 -W 1 10.0.2.10").exit).toBe(1);
    s.run("router", FWD_ON);
    const r = s.run("pc1", "ping -c 1 10.0.2.10");
    expect(r.stdout).toContain("64 bytes from 10.0.2.10: icmp_seq=1 ttl=63");
    expect(s.run("router", "ip -br addr show eth0").stdout).toContain("10.0.1.1/24 10.0.2.1/24");
  });
});
