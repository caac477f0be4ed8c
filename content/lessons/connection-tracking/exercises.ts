import type { Exercise } from "../../src/schema.js";

/**
 * Connection tracking on the `conntrack` lab: client 10.0.1.10 -- fw
 * (10.0.1.1 / 10.0.2.1, forwarding, no rules) -- server 10.0.2.10 (nginx :80).
 *
 * Graded by behaviour: `reach` probes through fw on a copy of the lab, the
 * conntrack entry a probe's connection leaves on fw, and for the lone ACK
 * a crafted packet sent on the copy, then fw's table read.
 */

const SERVER = "10.0.2.10";
const CLIENT = "10.0.1.10";

/** the stateful FORWARD rule set the lesson builds: what exercises 2 and 3 start from */
const STATEFUL_RULES = [
  "iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
  "iptables -A FORWARD -i eth0 -o eth1 -m conntrack --ctstate NEW -j ACCEPT",
  "iptables -P FORWARD DROP",
];

const clientReachesWeb = { kind: "reach", from: "client", to: SERVER, port: 80, expect: "reached" } as const;

/** a probe's connection from a known port, then the entry fw keeps for it */
const trackedWeb = {
  kind: "sequence" as const,
  checks: [
    { kind: "reach", from: "client", to: SERVER, port: 80, sport: 45000, expect: "reached" } as const,
    { kind: "conntrack", host: "fw", proto: "tcp", orig: { src: CLIENT, dst: SERVER, sport: 45000, dport: 80 }, state: "ESTABLISHED", assured: true } as const,
  ],
};

const serverBlocked = { kind: "reach", from: "server", to: CLIENT, port: 22, listen: { host: "client", port: 22 }, expect: "timeout" } as const;

const sport = { kind: "int", description: "the client's source port for the handshake made by hand", min: 1024, max: 9999, default: 1311 } as const;

export const exercises: Exercise[] = [
  {
    id: "conntrack-stateful-forward",
    title: "A stateful firewall between client and server",
    lab: "conntrack",
    tasks: [
      "On **fw**, drop every forwarded packet by default.",
      "Let the client side (eth0) open connections of any kind to the server side (eth1), and let everything that belongs to a connection already seen pass both ways, using connection tracking.",
      "The server side must not be able to open connections to the client side.",
      "Try it: `nc -zv 10.0.2.10 80` on client, `conntrack -L` on fw, `nc -zv -w 2 10.0.1.10 22` on server.",
    ],
    checks: [
      {
        id: "tracked",
        title: "a connection from client to the web server is tracked on fw as ESTABLISHED [ASSURED]",
        spec: trackedWeb,
        failMessage: "fw does not track the client's connection to the web server through its handshake.",
        hint: "A rule matching `-m conntrack --ctstate ...` makes the kernel track connections.",
        weight: 2,
      },
      {
        id: "server-blocked",
        title: "server cannot open a connection to client port 22",
        spec: serverBlocked,
        failMessage: "A connection from the server side to the client side got an answer: fw let it through.",
        hint: "With a DROP policy, only what a rule accepts passes: is there a rule accepting NEW from eth1?",
      },
      {
        id: "client-reaches-web",
        title: "client reaches the web server",
        spec: clientReachesWeb,
        failMessage: "client's connection to 10.0.2.10 port 80 did not get through fw.",
        hint: "The SYN goes one way and the SYN+ACK the other: both must pass.",
        guard: true,
      },
      {
        id: "client-any-port",
        title: "client reaches any port on the server side (8080 here)",
        spec: { kind: "reach", from: "client", to: SERVER, port: 8080, listen: { host: "server", port: 8080 }, expect: "reached" },
        failMessage: "A connection from client to port 8080 on the server side did not get through.",
        hint: "Let NEW connections from eth0 to eth1 through, not only to port 80.",
        guard: true,
      },
    ],
    hints: [
      "Three lines: a policy, and two rules using `-m conntrack --ctstate`.",
      "`iptables -P FORWARD DROP`; accept `ESTABLISHED,RELATED`; accept `NEW` from `-i eth0 -o eth1`.",
      "`iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT`, `iptables -A FORWARD -i eth0 -o eth1 -m conntrack --ctstate NEW -j ACCEPT`, `iptables -P FORWARD DROP`.",
    ],
  },
  {
    id: "conntrack-syn-recv",
    title: "Stop a handshake half way",
    lab: "conntrack",
    params: { sport },
    setup: STATEFUL_RULES,
    tasks: [
      "fw has the lesson's stateful FORWARD rules.",
      "With `hping3` on client and on server, make half a TCP handshake from **client port {{sport}}** to **server port 8080**: the SYN, then the server's SYN+ACK, and no more.",
      "Leave fw's table with that connection in state **SYN_RECV** (it lasts 60 seconds: check within a minute).",
    ],
    checks: [
      {
        id: "syn-recv",
        title: "fw tracks client:{{sport}} → server:8080 in state SYN_RECV",
        spec: { kind: "conntrack", host: "fw", proto: "tcp", orig: { src: CLIENT, dst: SERVER, sport: "{{sport}}", dport: 8080 }, state: "SYN_RECV", unreplied: false },
        failMessage: "fw has no entry for client port {{sport}} to server port 8080 in state SYN_RECV.",
        hint: "Look at `conntrack -L` on fw after each packet: did the SYN+ACK change anything? Its acknowledgement number must be the SYN's sequence number plus one.",
      },
      {
        id: "server-still-blocked",
        title: "the server side still cannot open connections to client",
        spec: serverBlocked,
        failMessage: "fw now lets the server side open connections to the client side.",
        hint: "The rules in place were right: hping3 needs no firewall change on fw.",
        guard: true,
      },
    ],
    hints: [
      "Both kernels reset segments hping3 sends for them: the client's for the SYN+ACK, the server's for a SYN to a port nobody listens on. Drop the resets they send (OUTPUT) on both.",
      "`hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10` on client, then on server a SYN+ACK (`-S -A`) from port 8080 to port {{sport}} with `-M 5000 -L 1001`.",
      "On client and server: `iptables -A OUTPUT -p tcp --tcp-flags RST RST -j DROP`. Then client: `hping3 -c 1 -S -s {{sport}} -p 8080 -M 1000 10.0.2.10`; server: `hping3 -c 1 -S -A -s 8080 -p {{sport}} -M 5000 -L 1001 10.0.1.10`.",
    ],
  },
  {
    id: "conntrack-lone-ack",
    title: "New connections start with a SYN",
    lab: "conntrack",
    setup: STATEFUL_RULES,
    tasks: [
      "fw has the lesson's stateful FORWARD rules. A lone ACK from client (`hping3 -c 1 -A -s 2000 -p 80 10.0.2.99` on client) passes as NEW and leaves an `ESTABLISHED [UNREPLIED]` entry on fw (`conntrack -L`).",
      "Change fw so that a TCP packet that starts a connection without being a SYN is dropped and leaves no entry.",
      "Real connections from client must still work and be tracked.",
    ],
    checks: [
      {
        id: "lone-ack-stopped",
        title: "a lone ACK from client (port 3333 to 10.0.2.99:80) leaves no entry on fw",
        spec: {
          kind: "sequence",
          checks: [
            // a port of its own, so that an entry the learner's own experiment left does not count
            { kind: "command", host: "client", run: "hping3 -c 1 -A -s 3333 -p 80 10.0.2.99" },
            { kind: "conntrack", host: "fw", proto: "tcp", orig: { sport: 3333 }, present: false },
          ],
        },
        failMessage: "A lone ACK from client still creates a connection tracking entry on fw.",
        hint: "A rule that drops it must come before the rule that accepts NEW: `-I`, not `-A`.",
        weight: 2,
      },
      {
        id: "real-connections",
        title: "client's real connections still pass and are tracked",
        spec: trackedWeb,
        failMessage: "client's connection to the web server no longer goes through fw as ESTABLISHED [ASSURED].",
        hint: "Drop NEW packets that are *not* SYNs: `! --syn`.",
        guard: true,
      },
    ],
    hints: [
      "The note has the rule; mind the spaces and the dashes.",
      "`-p tcp ! --syn -m conntrack --ctstate NEW -j DROP`, inserted before the rule that accepts NEW.",
      "`iptables -I FORWARD 1 -p tcp ! --syn -m conntrack --ctstate NEW -j DROP`",
    ],
  },
];
