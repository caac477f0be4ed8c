import type { LabSpec } from "../types.js";

/** forwarding on at boot, as the routing lessons left machine_A */
const FORWARDING = "# Written in the routing lessons: machine_A is a router.\nnet.ipv4.ip_forward = 1\n";

/** machine_B's own page, so that a port forward shows whose web server answered */
const MACHINE_B_PAGE = "<!DOCTYPE html>\n<html>\n<head><title>machine_B</title></head>\n<body><h1>machine_B, on the private LAN</h1></body>\n</html>\n";

/**
 * The seed's NAT story: a private LAN (10.0.0.0/24, addresses the internet
 * does not route) behind machine_A, whose second NIC holds the one public
 * address, 203.0.113.1 (TEST-NET-3, reserved for documentation). machine_A
 * already forwards; inet, a web server "on the internet", has no route to
 * the private LAN, and never will: only NAT gets machine_B an answer.
 * machine_B runs a web server too (its own page), for the port forward
 * (DNAT). The terminal opens on machine_A, where the rules go.
 *
 *   machine_B 10.0.0.2 --+
 *                        +-- lan -- eth0 10.0.0.1 machine_A eth1 203.0.113.1 -- wan -- eth0 203.0.113.10 inet
 *   machine_C 10.0.0.3 --+
 */
export const nat: LabSpec = {
  id: "nat",
  title: "A NAT gateway",
  description:
    "machine_B (10.0.0.2/24, nginx on port 80) and machine_C (10.0.0.3/24) share a private LAN behind machine_A (10.0.0.1 and the public 203.0.113.1), which forwards; inet (203.0.113.10/24, nginx on port 80) has no route to 10.0.0.0/24.",
  hosts: [
    {
      name: "machine_A",
      interfaces: [
        { name: "eth0", mac: "52:54:00:00:0a:01", address: "10.0.0.1/24" },
        { name: "eth1", mac: "52:54:00:00:0a:02", address: "203.0.113.1/24" },
      ],
      files: { "/etc/sysctl.d/ip-forward.conf": FORWARDING },
      packages: ["iptables", "iptables-persistent", "conntrack"],
    },
    {
      name: "machine_B",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:0b:02", address: "10.0.0.2/24", gateway: "10.0.0.1" }],
      services: ["web"],
      files: { "/var/www/html/index.html": MACHINE_B_PAGE },
      packages: ["netcat-openbsd"],
    },
    {
      name: "inet",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:0c:0a", address: "203.0.113.10/24" }],
      services: ["web"],
      packages: ["netcat-openbsd"],
    },
    {
      name: "machine_C",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:0b:03", address: "10.0.0.3/24", gateway: "10.0.0.1" }],
      packages: ["netcat-openbsd"],
    },
  ],
  segments: [
    { name: "lan", ends: ["machine_B:eth0", "machine_C:eth0", "machine_A:eth0"] },
    { name: "wan", ends: ["machine_A:eth1", "inet:eth0"] },
  ],
};
