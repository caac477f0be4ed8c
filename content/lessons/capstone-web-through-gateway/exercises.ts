import type { Exercise } from "../../src/schema.js";

/**
 * The capstone, on the built-in `gateway` lab as it starts (machine_A does not
 * forward, inet has no route back): machine_B must fetch inet's web page
 * through machine_A, now and after every host has rebooted. The probe is an
 * HTTP request on a copy of the lab; the diagnostic checks say where the
 * packets died.
 */

const CURL = "curl -sS -m 2 http://10.0.0.2/";
const pageFetched = { kind: "command", host: "machine_B", run: CURL, stdoutMatches: "<title>Welcome to nginx!</title>", exit: 0 } as const;
const forwardingOn = { kind: "command", host: "machine_A", run: "sysctl -n net.ipv4.ip_forward", stdoutMatches: "^1$" } as const;
const routeBack = { kind: "command", host: "inet", run: "ip route get 192.168.1.10", stdoutMatches: "via 10\\.0\\.0\\.1 dev eth0", exit: 0 } as const;

export const exercises: Exercise[] = [
  {
    id: "capstone-web",
    title: "Reach the web server on inet from machine_B",
    lab: "gateway",
    tasks: [
      "On **machine_B**, `curl -m 2 http://10.0.0.2/` should print inet's web page. Right now it times out.",
      "Make it work, changing only what must change, so that it keeps working after **machine_A**, **inet** and **machine_B** have all rebooted.",
    ],
    checks: [
      {
        id: "forwarding-on",
        title: "machine_A forwards packets",
        spec: forwardingOn,
        failMessage: "machine_A dropped the connection request: forwarding is off.",
        hint: "Which kernel parameter lets a Linux host pass on packets that are not for itself?",
      },
      {
        id: "route-back",
        title: "inet can answer 192.168.1.10 through 10.0.0.1",
        spec: routeBack,
        failMessage: "The request reached inet's web server, but inet's answer had nowhere to go: no route to 192.168.1.10.",
        hint: "A route to 192.168.1.0/24, or a default gateway, through machine_A's address on inet's network.",
      },
      {
        id: "web-now",
        title: "machine_B fetches http://10.0.0.2/",
        spec: pageFetched,
        failMessage: "`curl -sS -m 2 http://10.0.0.2/` on machine_B did not get inet's page.",
        hint: "curl's error says how far it got: a time-out means packets were lost on the way there or back.",
      },
      {
        id: "forwarding-persists",
        title: "after machine_A reboots, it still forwards",
        spec: { kind: "after-reboot", host: "machine_A", checks: [forwardingOn] },
        failMessage: "After a reboot machine_A drops it again: forwarding is not turned on at boot.",
        hint: "/etc/sysctl.conf or a file in /etc/sysctl.d/.",
      },
      {
        id: "route-back-persists",
        title: "after inet reboots, it still has a way back",
        spec: { kind: "after-reboot", host: "inet", checks: [routeBack] },
        failMessage: "After a reboot the request still reaches inet, but inet has forgotten the way back.",
        hint: "inet's /etc/network/interfaces: an `up ip route add ...` line or a `gateway` line in eth0's stanza.",
      },
      {
        id: "web-after-reboots",
        title: "after all three hosts reboot, machine_B still fetches the page",
        // the inner checks share one copy of the lab: machine_A is rebooted by the kind, inet and machine_B by the commands
        spec: {
          kind: "after-reboot",
          host: "machine_A",
          checks: [{ kind: "command", host: "inet", run: "reboot" }, { kind: "command", host: "machine_B", run: "reboot" }, pageFetched],
        },
        failMessage: "Once every host has rebooted, machine_B no longer gets the page: something lived in a running kernel only.",
        hint: "The two checks above say which host forgets what.",
        weight: 2,
      },
      {
        id: "b-gateway-kept",
        title: "machine_B still uses 192.168.1.1 as its default gateway",
        spec: { kind: "command", host: "machine_B", run: "ip route show default", stdoutMatches: "^default via 192\\.168\\.1\\.1 dev eth0" },
        failMessage: "machine_B lost its default gateway: it can now reach inet's network only, not the rest of the world behind machine_A.",
        hint: "machine_B was right from the start: `ip route add default via 192.168.1.1` puts it back.",
        guard: true,
      },
    ],
    hints: [
      "Follow one packet from machine_B to inet and its answer back: which host decides what at each step?",
      "`traceroute -n 10.0.0.2` on machine_B, `sysctl net.ipv4.ip_forward` on machine_A, `ip route get 192.168.1.10` on inet.",
      "Forwarding on machine_A (sysctl -w, and a file in /etc/sysctl.d/), and on inet a default gateway 10.0.0.1 (route add, and a `gateway` line in /etc/network/interfaces).",
    ],
  },
];
