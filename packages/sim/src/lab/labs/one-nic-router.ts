import type { LabSpec } from "../types.js";

const ROUTER_INTERFACES = `# This file describes the network interfaces available on your system
# and how to activate them. For more information, see interfaces(5).

source /etc/network/interfaces.d/*

# The loopback network interface
auto lo
iface lo inet loopback

# The network interface eth0
auto eth0
iface eth0 inet static
\taddress 10.0.1.1
\tnetmask 255.255.255.0

# A second address on the same NIC, for the second subnet
auto eth0:0
iface eth0:0 inet static
\taddress 10.0.2.1
\tnetmask 255.255.255.0
`;

/**
 * The seed's "two IP addresses on one NIC" router: one switch, two subnets
 * sharing it, and a router with one NIC holding an address in each. pc1 and
 * pc2 reach each other only through the router once it forwards (it does
 * not yet).
 */
export const oneNicRouter: LabSpec = {
  id: "one-nic-router",
  title: "A router with one NIC",
  description:
    "pc1 (10.0.1.10/24, default via 10.0.1.1) and pc2 (10.0.2.10/24, default via 10.0.2.1) share one switch with `router`, whose eth0 holds 10.0.1.1/24 and, as eth0:0, 10.0.2.1/24; its IP forwarding is off.",
  hosts: [
    {
      name: "router",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:01:01" }],
      files: { "/etc/network/interfaces": ROUTER_INTERFACES },
    },
    {
      name: "pc1",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:01:10", address: "10.0.1.10/24", gateway: "10.0.1.1" }],
    },
    {
      name: "pc2",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:02:10", address: "10.0.2.10/24", gateway: "10.0.2.1" }],
    },
  ],
  segments: [{ name: "lan", ends: ["router:eth0", "pc1:eth0", "pc2:eth0"] }],
};
