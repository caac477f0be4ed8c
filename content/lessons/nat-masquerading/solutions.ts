import type { Solutions } from "../../src/schema.js";

const SAVE = "iptables-save > /etc/iptables/rules.v4";

export const solutions: Solutions[] = [
  {
    exercise: "nat-masquerade",
    reference: [
      "@machine_B curl -m 2 http://203.0.113.10/",
      "iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE",
      "@machine_B curl -sS -m 2 http://203.0.113.10/",
      "@inet tail -n 1 /var/log/nginx/access.log",
      "conntrack -L",
      SAVE,
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["b-masqueraded", "c-masqueraded", "masquerade-persists"] },
      {
        name: "a route back on inet instead of NAT: it works here, and inet sees the private address",
        lines: ["@inet ip route add 10.0.0.0/24 via 203.0.113.1"],
        fails: ["b-masqueraded", "c-masqueraded", "masquerade-persists", "no-route-to-lan"],
      },
      {
        name: "masquerading on the LAN side (-o eth0)",
        lines: ["iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE", SAVE],
        fails: ["b-masqueraded", "c-masqueraded", "masquerade-persists"],
      },
      {
        name: "SNAT for machine_B's address only",
        lines: ["iptables -t nat -A POSTROUTING -s 10.0.0.2 -o eth1 -j SNAT --to-source 203.0.113.1", SAVE],
        fails: ["c-masqueraded"],
      },
      {
        name: "not saved: gone at reboot",
        lines: ["iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE"],
        fails: ["masquerade-persists"],
      },
    ],
  },
  {
    exercise: "nat-port-forward",
    reference: [
      "iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination 10.0.0.2:80",
      "@inet curl -sS -m 2 http://203.0.113.1:{{port}}/",
      "@machine_B tail -n 1 /var/log/nginx/access.log",
      SAVE,
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["forwarded", "forward-persists"] },
      {
        name: "no port given to --to-destination: the connection goes to machine_B's port {{port}}, where nothing listens",
        lines: ["iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination 10.0.0.2", SAVE],
        fails: ["forwarded", "forward-persists"],
      },
      {
        name: "every port forwarded (no --dport)",
        lines: ["iptables -t nat -A PREROUTING -i eth1 -p tcp -j DNAT --to-destination 10.0.0.2:80", SAVE],
        fails: ["only-that-port"],
      },
      {
        name: "masquerading without -o: machine_B sees every visitor as 10.0.0.1",
        lines: [
          "iptables -t nat -F POSTROUTING",
          "iptables -t nat -A POSTROUTING -j MASQUERADE",
          "iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination 10.0.0.2:80",
          SAVE,
        ],
        fails: ["forwarded", "forward-persists"],
      },
      {
        name: "the masquerading rule flushed with the nat table",
        lines: ["iptables -t nat -F", "iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination 10.0.0.2:80", SAVE],
        fails: ["masquerade-kept"],
      },
      {
        name: "not saved: gone at reboot",
        lines: ["iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination 10.0.0.2:80"],
        fails: ["forward-persists"],
      },
    ],
  },
];
