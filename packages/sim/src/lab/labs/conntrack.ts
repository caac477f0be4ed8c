import type { LabSpec } from "../types.js";

const FORWARDING = "net.ipv4.ip_forward = 1\n";

/**
 * The connection tracking walkthrough: a firewall between a client and a
 * server, so that its table shows a connection from the middle, both
 * directions passing through it. The firewall forwards and has no rules
 * yet (so no conntrack entries either, as on a real box). All three hosts
 * have hping3 and iptables, so the learner can craft each segment of a
 * handshake from the end that would send it.
 *
 *   client eth0 10.0.1.10 -- lan -- eth0 10.0.1.1 fw eth1 10.0.2.1 -- dmz -- eth0 10.0.2.10 server (nginx on 80)
 */
export const conntrack: LabSpec = {
  id: "conntrack",
  title: "A firewall between client and server",
  description:
    "client (10.0.1.10/24, default via 10.0.1.1) reaches server (10.0.2.10/24, nginx on port 80, default via 10.0.2.1) through fw (10.0.1.1 and 10.0.2.1), which forwards and has no iptables rules yet.",
  hosts: [
    {
      name: "fw",
      interfaces: [
        { name: "eth0", mac: "52:54:00:00:f0:01", address: "10.0.1.1/24" },
        { name: "eth1", mac: "52:54:00:00:f0:02", address: "10.0.2.1/24" },
      ],
      files: { "/etc/sysctl.d/ip-forward.conf": FORWARDING },
      packages: ["iptables", "conntrack"],
    },
    {
      name: "client",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:c1:10", address: "10.0.1.10/24", gateway: "10.0.1.1" }],
      packages: ["iptables", "hping3", "netcat-openbsd"],
    },
    {
      name: "server",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:5e:10", address: "10.0.2.10/24", gateway: "10.0.2.1" }],
      services: ["web"],
      packages: ["iptables", "hping3", "netcat-openbsd"],
    },
  ],
  segments: [
    { name: "lan", ends: ["client:eth0", "fw:eth0"] },
    { name: "dmz", ends: ["fw:eth1", "server:eth0"] },
  ],
};
