import type { LabSpec } from "../types.js";

/**
 * The seed's gateway example: machine_B on a LAN whose gateway is machine_A,
 * a Linux box with a second NIC towards `inet`, which runs a web server.
 * machine_A does not forward yet and inet has no route back to the LAN:
 * the lessons have the learner fix both.
 *
 *   machine_B eth0 192.168.1.10 --lan-- eth0 192.168.1.1 machine_A eth1 10.0.0.1 --wan-- eth0 10.0.0.2 inet
 */
export const gateway: LabSpec = {
  id: "gateway",
  title: "A Linux gateway",
  description:
    "machine_B (192.168.1.10/24, default via 192.168.1.1) reaches inet (10.0.0.2/24, nginx on port 80) only through machine_A (192.168.1.1 and 10.0.0.1), whose IP forwarding is off; inet has no route back to 192.168.1.0/24.",
  hosts: [
    {
      name: "machine_B",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:0b:10", address: "192.168.1.10/24", gateway: "192.168.1.1" }],
    },
    {
      name: "machine_A",
      interfaces: [
        { name: "eth0", mac: "52:54:00:00:0a:01", address: "192.168.1.1/24" },
        { name: "eth1", mac: "52:54:00:00:0a:02", address: "10.0.0.1/24" },
      ],
    },
    {
      name: "inet",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:0c:02", address: "10.0.0.2/24" }],
      services: ["web"],
    },
  ],
  segments: [
    { name: "lan", ends: ["machine_B:eth0", "machine_A:eth0"] },
    { name: "wan", ends: ["machine_A:eth1", "inet:eth0"] },
  ],
};
