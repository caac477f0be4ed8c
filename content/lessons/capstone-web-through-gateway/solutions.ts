import type { Solutions } from "../../src/schema.js";

export const solutions: Solutions[] = [
  {
    exercise: "capstone-web",
    reference: [
      "@machine_B curl -m 2 http://10.0.0.2/",
      "@machine_A sysctl -w net.ipv4.ip_forward=1",
      "@machine_A echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf",
      "@inet route add default gw 10.0.0.1",
      "@inet echo '    gateway 10.0.0.1' >> /etc/network/interfaces",
      "@machine_B curl -m 2 http://10.0.0.2/",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["forwarding-on", "route-back", "web-now", "forwarding-persists", "route-back-persists", "web-after-reboots"] },
      {
        name: "runtime only: works until the first reboot",
        lines: ["@machine_A echo 1 > /proc/sys/net/ipv4/ip_forward", "@inet ip route add 192.168.1.0/24 via 10.0.0.1"],
        fails: ["forwarding-persists", "route-back-persists", "web-after-reboots"],
      },
      {
        name: "forwarding only: the request arrives, the answer cannot leave inet",
        lines: ["@machine_A sysctl -w net.ipv4.ip_forward=1", "@machine_A echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf"],
        fails: ["route-back", "web-now", "route-back-persists", "web-after-reboots"],
      },
      {
        name: "forwarding on inet instead of machine_A",
        lines: [
          "@inet sysctl -w net.ipv4.ip_forward=1",
          "@inet echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf",
          "@inet route add default gw 10.0.0.1",
          "@inet echo '    gateway 10.0.0.1' >> /etc/network/interfaces",
        ],
        fails: ["forwarding-on", "web-now", "forwarding-persists", "web-after-reboots"],
      },
      {
        name: "machine_B's default gateway replaced by a route to inet's network only",
        lines: [
          "@machine_A sysctl -w net.ipv4.ip_forward=1",
          "@machine_A echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf",
          "@inet route add default gw 10.0.0.1",
          "@inet echo '    gateway 10.0.0.1' >> /etc/network/interfaces",
          "@machine_B ip route del default",
          "@machine_B ip route add 10.0.0.0/24 via 192.168.1.1",
        ],
        fails: ["b-gateway-kept"],
      },
    ],
  },
];
