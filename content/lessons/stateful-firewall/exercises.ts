import type { Exercise } from "../../src/schema.js";

/**
 * A server's own firewall on the `stateful-firewall` lab: server
 * 192.168.1.10 (nginx :80, sshd :22), admin 192.168.1.20, visitor
 * 192.168.1.30, one switch.
 *
 * Every check is a probe from another host on a copy of the lab: what
 * reaches the server, what is dropped (a time-out, not a refusal), whether
 * the server's own connections get their answers, and all of it again after
 * the server reboots. The checks that pass on the open lab (admin's ssh, the
 * web) are guards: keeping them is the point of doing it in the right order.
 */

const SERVER = "192.168.1.10";

const adminSsh = { kind: "reach", from: "admin", to: SERVER, port: 22, expect: "reached" } as const;
const visitorWeb = { kind: "reach", from: "visitor", to: SERVER, port: 80, expect: "reached" } as const;
const visitorSshDropped = { kind: "reach", from: "visitor", to: SERVER, port: 22, expect: "timeout" } as const;
/** a service started later on another port is not exposed: the default is DROP */
const defaultDrop = { kind: "reach", from: "visitor", to: SERVER, port: 8080, listen: { host: "server", port: 8080 }, expect: "timeout" } as const;
/** the server's own connection out gets its answers back */
const ownConnections = { kind: "reach", from: "server", to: "192.168.1.20", port: 9000, listen: { host: "admin", port: 9000 }, expect: "reached" } as const;

export const exercises: Exercise[] = [
  {
    id: "stateful-firewall-server",
    title: "Close the server to all but its web and its administrator",
    lab: "stateful-firewall",
    tasks: [
      "On **server**, drop every incoming packet by default (the INPUT policy), and forwarded ones too.",
      "Let in: the web server (port 80) from anyone, ssh (port 22) from **admin (192.168.1.20)** only, and the answers to the server's own connections.",
      "Anything else from outside must be dropped silently: a client waits, it is not refused.",
      "Work in an order that would not have cut off admin, had you been logged in from there.",
      "Keep the rules across a reboot.",
    ],
    checks: [
      {
        id: "default-drop",
        title: "a new service on port 8080 is not reachable from visitor (dropped)",
        spec: defaultDrop,
        failMessage: "A connection from visitor to a port nobody allowed got an answer.",
        hint: "The policy decides what no rule accepted: `iptables -P INPUT DROP`, after the rules.",
        weight: 2,
      },
      {
        id: "visitor-ssh-dropped",
        title: "visitor's connection to port 22 is dropped",
        spec: visitorSshDropped,
        failMessage: "visitor got an answer on port 22.",
        hint: "Accept ssh with `-s 192.168.1.20` only; and drop, don't reject, the rest.",
      },
      {
        id: "own-connections",
        title: "the server's own connection to admin gets its answers",
        spec: ownConnections,
        failMessage: "The server opened a connection to admin and the answer was dropped on the way in.",
        hint: "Answers are neither port 22 nor port 80: accept them as `--ctstate ESTABLISHED,RELATED`.",
        guard: true,
      },
      {
        id: "after-reboot",
        title: "after the server reboots, all of it still holds",
        spec: { kind: "after-reboot", host: "server", checks: [adminSsh, visitorWeb, visitorSshDropped, defaultDrop, ownConnections] },
        failMessage: "After a reboot the server's firewall is not what it was.",
        hint: "`iptables-save > /etc/iptables/rules.v4`, once everything works.",
        weight: 2,
      },
      {
        id: "admin-ssh",
        title: "admin still reaches ssh",
        spec: adminSsh,
        failMessage: "admin cannot connect to port 22: had you been logged in from admin, you would be locked out.",
        hint: "Accept ssh from 192.168.1.20 (and the rest of its connections) before the policy drops everything.",
        guard: true,
      },
      {
        id: "visitor-web",
        title: "visitor still reaches the web server",
        spec: visitorWeb,
        failMessage: "visitor cannot reach port 80.",
        hint: "`-p tcp --dport 80 -j ACCEPT` from anywhere.",
        guard: true,
      },
    ],
    hints: [
      "Rules first, policy last: `lo`, `ESTABLISHED,RELATED`, ssh from admin, the web; then `-P INPUT DROP`.",
      "`iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT`, `iptables -A INPUT -p tcp -s 192.168.1.20 --dport 22 -j ACCEPT`, `iptables -A INPUT -p tcp --dport 80 -j ACCEPT`.",
      "...then `iptables -P INPUT DROP`, `iptables -P FORWARD DROP` and `iptables-save > /etc/iptables/rules.v4`.",
    ],
  },
];
