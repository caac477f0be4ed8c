import type { Solutions } from "../../src/schema.js";

const DROP_RSTS = "iptables -A OUTPUT -p tcp --tcp-flags RST RST -j DROP";

export const solutions: Solutions[] = [
  {
    exercise: "conntrack-stateful-forward",
    reference: [
      "iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
      "iptables -A FORWARD -i eth0 -o eth1 -m conntrack --ctstate NEW -j ACCEPT",
      "iptables -P FORWARD DROP",
      "@client nc -zv 10.0.2.10 80",
      "conntrack -L",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["tracked", "server-blocked"] },
      {
        name: "policy DROP and nothing else: nothing passes",
        lines: ["iptables -P FORWARD DROP"],
        fails: ["tracked", "client-reaches-web", "client-any-port"],
      },
      {
        name: "no rule for what belongs to a connection: the SYN passes, the SYN+ACK does not",
        lines: ["iptables -A FORWARD -i eth0 -o eth1 -m conntrack --ctstate NEW -j ACCEPT", "iptables -P FORWARD DROP"],
        fails: ["tracked", "client-reaches-web", "client-any-port"],
      },
      {
        name: "stateless: answers recognised by source port 80",
        lines: ["iptables -A FORWARD -i eth0 -o eth1 -j ACCEPT", "iptables -A FORWARD -i eth1 -o eth0 -p tcp --sport 80 -j ACCEPT", "iptables -P FORWARD DROP"],
        fails: ["tracked", "client-any-port"],
      },
      {
        name: "NEW accepted from both sides",
        lines: ["iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT", "iptables -A FORWARD -m conntrack --ctstate NEW -j ACCEPT", "iptables -P FORWARD DROP"],
        fails: ["server-blocked"],
      },
    ],
  },
  {
    exercise: "conntrack-syn-recv",
    reference: [
      `@client ${DROP_RSTS}`,
      `@server ${DROP_RSTS}`,
      "@client hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10",
      "conntrack -L",
      "@server hping3 -c 1 -S -A -s 8080 -p {{sport}} -M 5000 -L 1001 10.0.1.10",
      "conntrack -L",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["syn-recv"] },
      {
        name: "only the SYN",
        lines: [`@client ${DROP_RSTS}`, `@server ${DROP_RSTS}`, "@client hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10"],
        fails: ["syn-recv"],
      },
      {
        name: "a SYN+ACK that acknowledges the wrong number: out of window, the entry stays SYN_SENT",
        lines: [
          `@client ${DROP_RSTS}`,
          `@server ${DROP_RSTS}`,
          "@client hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10",
          "@server hping3 -c 1 -S -A -s 8080 -p {{sport}} -M 5000 -L 7777 10.0.1.10",
        ],
        fails: ["syn-recv"],
      },
      {
        name: "the server's kernel not silenced: its reset to the SYN deletes the entry",
        lines: [
          `@client ${DROP_RSTS}`,
          "@client hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10",
          "@server hping3 -c 1 -S -A -s 8080 -p {{sport}} -M 5000 -L 1001 10.0.1.10",
        ],
        fails: ["syn-recv"],
      },
      {
        name: "the whole handshake: ESTABLISHED, not SYN_RECV",
        lines: [
          `@client ${DROP_RSTS}`,
          `@server ${DROP_RSTS}`,
          "@client hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10",
          "@server hping3 -c 1 -S -A -s 8080 -p {{sport}} -M 5000 -L 1001 10.0.1.10",
          "@client hping3 -c 1 -A -s {{sport}} -p 8080 -M 1001 -L 5001 10.0.2.10",
        ],
        fails: ["syn-recv"],
      },
      {
        name: "the firewall opened instead",
        lines: [
          "iptables -P FORWARD ACCEPT",
          "iptables -I FORWARD 1 -m conntrack --ctstate NEW -j ACCEPT",
          `@client ${DROP_RSTS}`,
          `@server ${DROP_RSTS}`,
          "@client hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10",
          "@server hping3 -c 1 -S -A -s 8080 -p {{sport}} -M 5000 -L 1001 10.0.1.10",
        ],
        fails: ["server-still-blocked"],
      },
    ],
  },
  {
    exercise: "conntrack-lone-ack",
    reference: [
      "@client hping3 -c 1 -A -s 2000 -p 80 10.0.2.99",
      "conntrack -L",
      "iptables -I FORWARD 1 -p tcp ! --syn -m conntrack --ctstate NEW -j DROP",
      "@client hping3 -c 1 -A -s 2001 -p 80 10.0.2.99",
      "conntrack -L",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["lone-ack-stopped"] },
      {
        name: "the rule appended after the one accepting NEW: it comes too late",
        lines: ["iptables -A FORWARD -p tcp ! --syn -m conntrack --ctstate NEW -j DROP"],
        fails: ["lone-ack-stopped"],
      },
      {
        name: "every NEW TCP packet dropped, SYNs included",
        lines: ["iptables -I FORWARD 1 -p tcp -m conntrack --ctstate NEW -j DROP"],
        fails: ["real-connections"],
      },
      {
        name: "--syn without the !: drops the SYNs, lets the ACK through",
        lines: ["iptables -I FORWARD 1 -p tcp --syn -m conntrack --ctstate NEW -j DROP"],
        fails: ["lone-ack-stopped", "real-connections"],
      },
    ],
  },
];
