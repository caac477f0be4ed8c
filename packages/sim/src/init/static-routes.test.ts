import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";
import type { LabSpec } from "../lab/types.js";
import { routeFileCommands, staticRoutesCommands } from "./static-routes.js";

function lab(flavor: "debian" | "redhat"): LabSpec {
  return {
    id: `persist-${flavor}`,
    title: "t",
    description: "t",
    hosts: [{ name: "m", flavor, interfaces: [{ name: "eth0", mac: "52:54:00:12:34:56", address: "192.168.1.10/24", gateway: "192.168.1.1" }] }],
  };
}

const routes = (s: LabSession) => s.run("m", "ip route").stdout;

describe("static routes survive a reboot", () => {
  it("Debian: `up ip route add` and `post-up route add` lines in /etc/network/interfaces", () => {
    const s = LabSession.create(lab("debian"));
    s.run("m", "printf '\\tup ip route add 10.5.0.0/16 via 192.168.1.254\\n\\tpost-up route add -net 10.6.0.0 netmask 255.255.0.0 gw 192.168.1.254\\n' >> /etc/network/interfaces");
    s.run("m", "ip route add 10.7.0.0/16 via 192.168.1.254");
    s.rebootHost("m");
    expect(routes(s)).toBe(
      "default via 192.168.1.1 dev eth0 onlink \n10.5.0.0/16 via 192.168.1.254 dev eth0 \n10.6.0.0/16 via 192.168.1.254 dev eth0 \n192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.10 \n",
    );
  });

  it("Red Hat: /etc/sysconfig/static-routes and network-scripts/route-eth0", () => {
    const s = LabSession.create(lab("redhat"));
    s.run("m", "mkdir -p /etc/sysconfig/network-scripts");
    s.run("m", "echo 'any net 10.0.0.0 netmask 255.255.255.0 gw 192.168.1.1' > /etc/sysconfig/static-routes");
    s.run("m", "echo 'any host 10.1.1.1 gw 192.168.1.254' >> /etc/sysconfig/static-routes");
    s.run("m", "echo '10.2.0.0/24 via 192.168.1.1' > /etc/sysconfig/network-scripts/route-eth0");
    s.rebootHost("m");
    expect(s.run("m", "route -n").stdout).toBe(
      "Kernel IP routing table\n" +
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n" +
        "0.0.0.0         192.168.1.1     0.0.0.0         UG    0      0        0 eth0\n" +
        "10.0.0.0        192.168.1.1     255.255.255.0   UG    0      0        0 eth0\n" +
        "10.1.1.1        192.168.1.254   255.255.255.255 UGH   0      0        0 eth0\n" +
        "10.2.0.0        192.168.1.1     255.255.255.0   UG    0      0        0 eth0\n" +
        "192.168.1.0     0.0.0.0         255.255.255.0   U     0      0        0 eth0\n",
    );
  });

  it("a Debian host ignores /etc/sysconfig", () => {
    const s = LabSession.create(lab("debian"));
    s.run("m", "mkdir -p /etc/sysconfig; echo 'any net 10.0.0.0 netmask 255.255.255.0 gw 192.168.1.1' > /etc/sysconfig/static-routes");
    s.rebootHost("m");
    expect(routes(s)).not.toContain("10.0.0.0");
  });

  it("sysctl.conf forwarding comes back after reboot; a runtime change does not", () => {
    const s = LabSession.create(lab("debian"));
    s.run("m", "sysctl -w net.ipv4.ip_forward=1");
    s.rebootHost("m");
    expect(s.run("m", "cat /proc/sys/net/ipv4/ip_forward").stdout).toBe("0\n");
    s.run("m", "echo net.ipv4.ip_forward=1 >> /etc/sysctl.conf");
    s.rebootHost("m");
    expect(s.run("m", "sysctl net.ipv4.ip_forward net.ipv4.conf.eth0.forwarding").stdout).toBe("net.ipv4.ip_forward = 1\nnet.ipv4.conf.eth0.forwarding = 1\n");
  });
});

describe("file formats", () => {
  it("turns route-IFACE files into ip route commands", () => {
    expect(routeFileCommands("# c\n10.0.0.0/24 via 192.168.1.1\n\n", "eth0")).toEqual(["ip -4 route add 10.0.0.0/24 via 192.168.1.1"]);
    expect(routeFileCommands("ADDRESS0=10.10.10.0\nNETMASK0=255.255.255.0\nGATEWAY0=192.168.1.1\n", "eth0")).toEqual([
      "ip route add 10.10.10.0/24 via 192.168.1.1 dev eth0",
    ]);
    expect(routeFileCommands("10.0.0.0/24 via $(reboot)\n", "eth0")).toEqual([]);
  });
  it("turns static-routes lines starting with `any` into route add", () => {
    expect(staticRoutesCommands("any net 10.0.0.0 netmask 255.255.255.0 gw 192.168.1.1\n# any x\neth0 net 1.0.0.0\n")).toEqual([
      "route add -net 10.0.0.0 netmask 255.255.255.0 gw 192.168.1.1",
    ]);
  });
});
