import type { Solutions } from "../../src/schema.js";

export const solutions: Solutions[] = [
  {
    exercise: "two-addresses-add",
    reference: [
      "ip addr add {{addr2}}/24 dev eth0 label eth0:1",
      "ifconfig eth0:0 {{addr3}} netmask 255.255.255.0 up",
      "ip addr show dev eth0",
      "ifconfig",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["ip-label", "ifconfig-alias", "alias-visible-to-ifconfig"] },
      {
        name: "both added with ip, no labels",
        lines: ["ip addr add {{addr2}}/24 dev eth0", "ip addr add {{addr3}}/24 dev eth0"],
        fails: ["ip-label", "ifconfig-alias", "alias-visible-to-ifconfig"],
      },
      {
        // Replacing the primary deletes it, and with it its secondaries (promote_secondaries is 0 on Debian).
        name: "ifconfig on eth0 itself replaces the primary address",
        lines: ["ip addr add {{addr2}}/24 dev eth0 label eth0:1", "ifconfig eth0 {{addr3}} netmask 255.255.255.0"],
        fails: ["ip-label", "ifconfig-alias", "alias-visible-to-ifconfig", "primary-kept"],
      },
    ],
  },
  {
    exercise: "two-addresses-remove",
    reference: ["ip addr show dev eth0", "ip addr del {{addr3}}/24 dev eth0"],
    wrong: [
      { name: "nothing done", lines: [], fails: ["alias-gone"] },
      { name: "flushes every address", lines: ["ip addr flush dev eth0"], fails: ["label-kept", "primary-kept"] },
      {
        name: "deletes the primary: its secondaries go with it",
        lines: ["ip addr del 192.168.1.10/24 dev eth0"],
        fails: ["label-kept", "primary-kept"],
      },
    ],
  },
  {
    exercise: "two-addresses-persist",
    reference: [
      "echo '    up ip addr add {{addr2}}/24 dev eth0 label eth0:1' >> /etc/network/interfaces",
      "ip addr add {{addr2}}/24 dev eth0 label eth0:1",
      "reboot",
      "ip addr show dev eth0",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["configured", "up-now", "after-reboot"] },
      { name: "runtime only", lines: ["ip addr add {{addr2}}/24 dev eth0 label eth0:1"], fails: ["configured", "after-reboot"] },
      {
        name: "written as a comment",
        lines: ["echo '# up ip addr add {{addr2}}/24 dev eth0 label eth0:1' >> /etc/network/interfaces"],
        fails: ["configured", "up-now", "after-reboot"],
      },
    ],
  },
];
