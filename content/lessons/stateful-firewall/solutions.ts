import type { Solutions } from "../../src/schema.js";

const SAVE = "iptables-save > /etc/iptables/rules.v4";
const RULES = [
  "iptables -A INPUT -i lo -j ACCEPT",
  "iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
  "iptables -A INPUT -m conntrack --ctstate INVALID -j DROP",
  "iptables -A INPUT -p tcp -s 192.168.1.20 --dport 22 -j ACCEPT",
  "iptables -A INPUT -p tcp --dport 80 -j ACCEPT",
  "iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT",
];
const POLICIES = ["iptables -P INPUT DROP", "iptables -P FORWARD DROP"];

export const solutions: Solutions[] = [
  {
    exercise: "stateful-firewall-server",
    reference: [...RULES, ...POLICIES, "@admin nc -zv 192.168.1.10 22", "@visitor nc -zv -w 2 192.168.1.10 22", SAVE],
    wrong: [
      { name: "nothing done", lines: [], fails: ["default-drop", "visitor-ssh-dropped", "after-reboot"] },
      {
        name: "the policy first and alone: everyone is locked out, admin included",
        lines: ["iptables -P INPUT DROP", SAVE],
        fails: ["own-connections", "after-reboot", "admin-ssh", "visitor-web"],
      },
      {
        name: "no ESTABLISHED rule: the services work, the server's own connections get no answers",
        lines: [
          "iptables -A INPUT -i lo -j ACCEPT",
          "iptables -A INPUT -p tcp -s 192.168.1.20 --dport 22 -j ACCEPT",
          "iptables -A INPUT -p tcp --dport 80 -j ACCEPT",
          ...POLICIES,
          SAVE,
        ],
        fails: ["own-connections", "after-reboot"],
      },
      {
        name: "ssh open to everyone",
        lines: [
          "iptables -A INPUT -i lo -j ACCEPT",
          "iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
          "iptables -A INPUT -p tcp --dport 22 -j ACCEPT",
          "iptables -A INPUT -p tcp --dport 80 -j ACCEPT",
          ...POLICIES,
          SAVE,
        ],
        fails: ["visitor-ssh-dropped", "after-reboot"],
      },
      {
        name: "REJECT at the end instead of a DROP policy: refused, not dropped",
        lines: [...RULES, "iptables -A INPUT -j REJECT", SAVE],
        fails: ["default-drop", "visitor-ssh-dropped", "after-reboot"],
      },
      {
        name: "not saved: gone at reboot",
        lines: [...RULES, ...POLICIES],
        fails: ["after-reboot"],
      },
    ],
  },
];
