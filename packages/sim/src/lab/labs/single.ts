import type { LabSpec } from "../types.js";

/**
 * One Debian host on a /24 with a default gateway: the first lesson's lab.
 * Its eth0 is plugged into a switch with nothing else on it, so it has
 * carrier, and 192.168.1.1 answers nothing (ARP fails as on an empty LAN).
 */
export const single: LabSpec = {
  id: "single",
  title: "One host",
  description:
    "A single Debian 12 host, `host`, with eth0 192.168.1.10/24 and a default route via 192.168.1.1.",
  hosts: [
    {
      name: "host",
      interfaces: [
        { name: "eth0", mac: "52:54:00:12:34:56", address: "192.168.1.10/24", gateway: "192.168.1.1" },
      ],
    },
  ],
  segments: [{ name: "lan", ends: ["host:eth0"] }],
};
