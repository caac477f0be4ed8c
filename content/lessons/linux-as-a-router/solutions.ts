import type { Solutions } from "../../src/schema.js";

const ALL = ["forwarding-on", "route-back", "ping-now", "forwarding-persists", "route-back-persists", "ping-after-reboots"];

export const solutions: Solutions[] = [
  {
    exercise: "router-forwarding",
    reference: [
      "@machine_B ping -c 1 -W 1 10.0.0.2",
      "@machine_A sysctl -w net.ipv4.ip_forward=1",
      "@machine_A echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf",
      "@inet ip route add 192.168.1.0/24 via 10.0.0.1",
      "@inet echo '    up ip route add 192.168.1.0/24 via 10.0.0.1' >> /etc/network/interfaces",
      "@machine_A reboot",
      "@inet reboot",
      "@machine_B ping -c 1 -W 1 10.0.0.2",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ALL },
      {
        name: "runtime only: both forgotten at reboot",
        lines: ["@machine_A echo 1 > /proc/sys/net/ipv4/ip_forward", "@inet ip route add 192.168.1.0/24 via 10.0.0.1"],
        fails: ["forwarding-persists", "route-back-persists", "ping-after-reboots"],
      },
      {
        name: "no route back on inet: the request arrives, the reply has nowhere to go",
        lines: ["@machine_A sysctl -w net.ipv4.ip_forward=1", "@machine_A echo 'net.ipv4.ip_forward=1' >> /etc/sysctl.conf"],
        fails: ["route-back", "ping-now", "route-back-persists", "ping-after-reboots"],
      },
      {
        name: "forwarding turned on on inet instead of machine_A",
        lines: [
          "@inet sysctl -w net.ipv4.ip_forward=1",
          "@inet echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf",
          "@inet ip route add 192.168.1.0/24 via 10.0.0.1",
          "@inet echo '    up ip route add 192.168.1.0/24 via 10.0.0.1' >> /etc/network/interfaces",
        ],
        fails: ["forwarding-on", "ping-now", "forwarding-persists", "ping-after-reboots"],
      },
      {
        name: "sysctl.conf edited but never applied: works only after the next reboot",
        lines: [
          "@machine_A echo 'net.ipv4.ip_forward = 1' >> /etc/sysctl.conf",
          "@inet ip route add 192.168.1.0/24 via 10.0.0.1",
          "@inet echo '    up ip route add 192.168.1.0/24 via 10.0.0.1' >> /etc/network/interfaces",
        ],
        fails: ["forwarding-on", "ping-now"],
      },
    ],
  },
];
