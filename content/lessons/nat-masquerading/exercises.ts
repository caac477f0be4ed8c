import type { Exercise } from "../../src/schema.js";

/**
 * NAT on the `nat` lab: a private LAN (machine_B 10.0.0.2, machine_C 10.0.0.3)
 * behind machine_A (10.0.0.1, public 203.0.113.1), which forwards; inet
 * (203.0.113.10) has no route to the LAN.
 *
 * Graded from the far side: a `reach` probe opens a connection on a copy of
 * the lab and asks the receiving host which source it saw. So any rule that
 * achieves it passes (MASQUERADE or SNAT, -o eth1 or ! -o eth0...), and a
 * route back on inet does not count as NAT.
 */

const PUBLIC = "203.0.113.1";

/** machine_B's connection to inet's web server, as inet sees it */
const bMasqueraded = {
  kind: "reach",
  from: "machine_B",
  to: "203.0.113.10",
  port: 80,
  expect: "reached",
  listen: { host: "inet", port: 80 },
  seenFrom: PUBLIC,
} as const;
const cMasqueraded = { ...bMasqueraded, from: "machine_C" } as const;
/** inet still has no way to the private LAN: the fix is NAT, not a route */
const noRouteToLan = { kind: "command", host: "inet", run: "ip route get 10.0.0.2", exit: 2 } as const;

const port = { kind: "int", description: "the public port forwarded to machine_B's web server", min: 8000, max: 8999, default: 8080 } as const;

const MASQUERADE_SETUP = ["iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE"];

/** a connection from inet to the forwarded port arrives at machine_B:80, from inet's own address */
const forwarded = {
  kind: "reach",
  from: "inet",
  to: PUBLIC,
  port: "{{port}}",
  expect: "reached",
  listen: { host: "machine_B", port: 80 },
  seenFrom: "203.0.113.10",
} as const;

export const exercises: Exercise[] = [
  {
    id: "nat-masquerade",
    title: "Share one public address with the whole LAN",
    lab: "nat",
    tasks: [
      "From **machine_B**, `curl -m 2 http://203.0.113.10/` times out: inet cannot answer a private address.",
      "On **machine_A**, make every connection from the LAN leave with the public address **203.0.113.1**, so that machine_B and machine_C both reach inet's web server. Don't give inet a route to 10.0.0.0/24: on the internet there is none.",
      "Check from the far side: the last line of inet's `/var/log/nginx/access.log` names the address the request came from.",
      "Make it survive a reboot of machine_A (Debian loads `/etc/iptables/rules.v4` at boot).",
    ],
    checks: [
      {
        id: "b-masqueraded",
        title: "machine_B reaches inet's web server, and inet sees 203.0.113.1",
        spec: bMasqueraded,
        failMessage: "inet did not get machine_B's connection from 203.0.113.1.",
        hint: "A rule in the nat table's POSTROUTING chain, for packets leaving by eth1.",
        weight: 2,
      },
      {
        id: "c-masqueraded",
        title: "machine_C too, through the same address",
        spec: cMasqueraded,
        failMessage: "inet did not get machine_C's connection from 203.0.113.1.",
        hint: "One rule for the whole LAN: don't tie it to machine_B's address.",
      },
      {
        id: "masquerade-persists",
        title: "after machine_A reboots, machine_B still reaches inet as 203.0.113.1",
        spec: { kind: "after-reboot", host: "machine_A", checks: [bMasqueraded] },
        failMessage: "After a reboot, machine_A has forgotten the NAT rule.",
        hint: "`iptables-save > /etc/iptables/rules.v4`",
      },
      {
        id: "no-route-to-lan",
        title: "inet still has no route to the private LAN",
        spec: noRouteToLan,
        failMessage: "inet has been given a way to 10.0.0.0/24. No host on the internet has one: take it away and let machine_A translate.",
        hint: "`ip route del` on inet what you added there.",
        guard: true,
      },
    ],
    hints: [
      "The source address is changed in the last chain a packet passes before it leaves: which table, which chain?",
      "`iptables -t nat -A POSTROUTING -o ... -j ...` on machine_A; `conntrack -L` shows the translation.",
      "`iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE`, then `iptables-save > /etc/iptables/rules.v4`.",
    ],
  },
  {
    id: "nat-port-forward",
    title: "Forward a public port to machine_B's web server",
    lab: "nat",
    params: { port },
    setup: MASQUERADE_SETUP,
    tasks: [
      "machine_A already masquerades the LAN (`iptables -t nat -S` shows the rule).",
      "Publish machine_B's web server: connections from the internet to **203.0.113.1 port {{port}}** must reach **machine_B (10.0.0.2) port 80**. Test from inet with `curl http://203.0.113.1:{{port}}/`.",
      "machine_B must see each visitor's real address, as in its `/var/log/nginx/access.log`, not the gateway's.",
      "Forward that port only: other ports of 203.0.113.1 stay machine_A's own.",
      "Keep the LAN's masquerading, and make everything survive a reboot of machine_A.",
    ],
    checks: [
      {
        id: "forwarded",
        title: "inet's connection to 203.0.113.1:{{port}} arrives at machine_B port 80, from 203.0.113.10",
        spec: forwarded,
        failMessage: "A connection from inet to 203.0.113.1 port {{port}} did not arrive at machine_B's web server from inet's own address.",
        hint: "The destination is changed before the routing decision: the nat table's PREROUTING chain, `-j DNAT --to-destination ADDRESS:PORT`.",
        weight: 2,
      },
      {
        id: "only-that-port",
        title: "port 22 of 203.0.113.1 is not forwarded to machine_B",
        spec: { kind: "reach", from: "inet", to: PUBLIC, port: 22, expect: "refused" },
        failMessage: "Port 22 of 203.0.113.1 no longer leads to machine_A itself: the rule forwards more than port {{port}}.",
        hint: "Match the protocol and the port: `-p tcp --dport {{port}}`.",
        guard: true,
      },
      {
        id: "forward-persists",
        title: "after machine_A reboots, the port is still forwarded",
        spec: { kind: "after-reboot", host: "machine_A", checks: [forwarded] },
        failMessage: "After a reboot, the port forward is gone.",
        hint: "Save the rules again after adding one: `/etc/iptables/rules.v4` is a snapshot.",
      },
      {
        id: "masquerade-kept",
        title: "machine_B still reaches inet as 203.0.113.1",
        spec: bMasqueraded,
        failMessage: "The LAN's masquerading is broken.",
        hint: "`iptables -t nat -S` should still show the POSTROUTING rule.",
        guard: true,
      },
    ],
    hints: [
      "Which chain sees an incoming packet before the kernel decides whether it is for machine_A itself?",
      "`iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination ...`",
      "`iptables -t nat -A PREROUTING -i eth1 -p tcp --dport {{port}} -j DNAT --to-destination 10.0.0.2:80`, then `iptables-save > /etc/iptables/rules.v4`.",
    ],
  },
];
