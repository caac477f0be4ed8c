import type { LabSpec } from "../types.js";

/**
 * A server to protect with a stateful firewall: web for everyone, ssh for
 * the admin workstation only, nothing else; default-DROP policies that do
 * not cut off the administrator. The learner types on server's console (the
 * terminal opens there), imagining the usual case of being logged in over
 * ssh from admin: the checks probe from admin and from visitor.
 *
 *   server 192.168.1.10 (nginx :80, sshd :22) --+
 *   admin  192.168.1.20 ------------------------+-- lan
 *   visitor 192.168.1.30 -----------------------+
 */
export const statefulFirewall: LabSpec = {
  id: "stateful-firewall",
  title: "A server behind its own firewall",
  description:
    "server (192.168.1.10/24, nginx on port 80, sshd on port 22, no iptables rules), admin (192.168.1.20/24, the administrator's workstation) and visitor (192.168.1.30/24) share one switch.",
  hosts: [
    {
      name: "server",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:5e:0a", address: "192.168.1.10/24", gateway: "192.168.1.1" }],
      services: ["web"],
      packages: ["openssh-server", "iptables", "iptables-persistent", "conntrack"],
    },
    {
      name: "admin",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:ad:14", address: "192.168.1.20/24", gateway: "192.168.1.1" }],
      packages: ["netcat-openbsd", "hping3"],
    },
    {
      name: "visitor",
      interfaces: [{ name: "eth0", mac: "52:54:00:00:1e:1e", address: "192.168.1.30/24", gateway: "192.168.1.1" }],
      packages: ["netcat-openbsd", "hping3"],
    },
  ],
  segments: [{ name: "lan", ends: ["server:eth0", "admin:eth0", "visitor:eth0"] }],
};
