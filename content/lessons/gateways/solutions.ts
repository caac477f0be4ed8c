import type { Solutions } from "../../src/schema.js";

export const solutions: Solutions[] = [
  {
    exercise: "gateway-default",
    reference: [
      "@inet route -n",
      "@inet route add default gw 192.168.1.1",
      "@inet route add default gw 10.0.0.1",
      "@inet echo '    gateway 10.0.0.1' >> /etc/network/interfaces",
      "@inet reboot",
      "@inet route -n",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["default-now", "reaches-lan", "default-after-reboot"] },
      { name: "runtime only", lines: ["@inet route add default gw 10.0.0.1"], fails: ["default-after-reboot"] },
      {
        // route refuses an off-link gateway; ifupdown adds it with `onlink` and the kernel takes it: ARP for 192.168.1.1 on the wan goes unanswered
        name: "machine_B's gateway, not on inet's network",
        lines: ["@inet route add default gw 192.168.1.1", "@inet echo '    gateway 192.168.1.1' >> /etc/network/interfaces"],
        fails: ["default-now", "reaches-lan", "default-after-reboot"],
      },
      {
        name: "a route to the LAN only, not a default gateway",
        lines: ["@inet ip route add 192.168.1.0/24 via 10.0.0.1", "@inet echo '    up ip route add 192.168.1.0/24 via 10.0.0.1' >> /etc/network/interfaces"],
        fails: ["default-now", "default-after-reboot"],
      },
      {
        name: "the file overwritten with > instead of appended to",
        lines: ["@inet route add default gw 10.0.0.1", "@inet echo 'gateway 10.0.0.1' > /etc/network/interfaces"],
        fails: ["default-after-reboot", "address-after-reboot"],
      },
    ],
  },
];
