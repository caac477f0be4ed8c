import type { Exercise } from "../../src/schema.js";

/**
 * The seed's router, on the built-in `gateway` lab:
 *
 *   machine_B eth0 192.168.1.10 --lan-- eth0 192.168.1.1 machine_A eth1 10.0.0.1 --wan-- eth0 10.0.0.2 inet
 *
 * The checks grade behaviour: a ping from machine_B to inet on a copy of the
 * lab, now and after reboots. The diagnostic checks beside them say where the
 * packet died, in the words of the path (machine_A dropped it, inet could not
 * answer), so a failing attempt points at the host to fix.
 */

const PING = "ping -c 1 -W 1 10.0.0.2";

/** machine_A's forwarding switch, as the kernel has it now. */
const forwardingOn = { kind: "command", host: "machine_A", run: "sysctl -n net.ipv4.ip_forward", stdoutMatches: "^1$" } as const;
/** inet knows where 192.168.1.10 is: through machine_A (a route to the LAN, or a default route). */
const routeBack = { kind: "command", host: "inet", run: "ip route get 192.168.1.10", stdoutMatches: "via 10\\.0\\.0\\.1 dev eth0", exit: 0 } as const;
const pingThrough = { kind: "command", host: "machine_B", run: PING, exit: 0 } as const;

export const exercises: Exercise[] = [
  {
    id: "router-forwarding",
    title: "Make machine_A route between the two networks, for good",
    lab: "gateway",
    tasks: [
      "From machine_B, `ping -c 1 -W 1 10.0.0.2` gets no reply. Find out where the packet dies with `ip route`, `sysctl net.ipv4.ip_forward`, `traceroute -n` and `ip route get` on the hosts along the way.",
      "Turn on IPv4 forwarding on **machine_A**, now.",
      "Give **inet** a route back to **192.168.1.0/24** through **10.0.0.1**, now.",
      "Make both survive a reboot: forwarding in `/etc/sysctl.conf` or a file in `/etc/sysctl.d/`, the route as an `up` line in inet's `/etc/network/interfaces`.",
      "Reboot machine_A and inet and ping again from machine_B.",
    ],
    checks: [
      {
        id: "forwarding-on",
        title: "machine_A forwards packets (net.ipv4.ip_forward is 1)",
        spec: forwardingOn,
        failMessage: "machine_A dropped it: forwarding is off, so machine_A throws away every packet that is not addressed to itself.",
        hint: "`sysctl -w net.ipv4.ip_forward=1` on machine_A, or write 1 into /proc/sys/net/ipv4/ip_forward.",
      },
      {
        id: "route-back",
        title: "inet has a route back to 192.168.1.10 through 10.0.0.1",
        spec: routeBack,
        failMessage: "The request reached inet, but no reply came back: inet has no route to 192.168.1.10 (`ip route get 192.168.1.10` on inet says Network is unreachable).",
        hint: "`ip route add 192.168.1.0/24 via 10.0.0.1` on inet.",
      },
      {
        id: "ping-now",
        title: "machine_B pings 10.0.0.2 through machine_A",
        spec: pingThrough,
        failMessage: "`ping -c 1 -W 1 10.0.0.2` on machine_B got no reply.",
        hint: "The request needs machine_A to forward it; the reply needs inet to know the way back. The two checks above say which is missing.",
      },
      {
        id: "forwarding-persists",
        title: "after machine_A reboots, it still forwards",
        spec: { kind: "after-reboot", host: "machine_A", checks: [forwardingOn] },
        failMessage: "After a reboot machine_A drops it again: forwarding was switched on in the running kernel only, and nothing read at boot turns it on.",
        hint: "At boot Debian applies /etc/sysctl.conf and /etc/sysctl.d/*.conf: put `net.ipv4.ip_forward = 1` in one of them.",
      },
      {
        id: "route-back-persists",
        title: "after inet reboots, it still has the route back",
        spec: { kind: "after-reboot", host: "inet", checks: [routeBack] },
        failMessage: "After a reboot the request still reaches inet, but inet has forgotten the way back: the route was in the running kernel only.",
        hint: "An `up ip route add ...` line under `iface eth0 inet static` in inet's /etc/network/interfaces runs each time eth0 comes up.",
      },
      {
        id: "ping-after-reboots",
        title: "after machine_A and inet both reboot, machine_B still pings 10.0.0.2",
        // rebooting inet from inside machine_A's after-reboot: the inner checks share one copy of the lab
        spec: {
          kind: "after-reboot",
          host: "machine_A",
          checks: [{ kind: "command", host: "inet", run: "reboot" }, pingThrough],
        },
        failMessage: "Once machine_A and inet have rebooted, machine_B's ping gets no reply: something was set in a running kernel only.",
        hint: "The two checks above say which host forgets what.",
      },
    ],
    hints: [
      "A router is a host that forwards packets not addressed to itself; Linux does that only when `net.ipv4.ip_forward` is 1. And every reply needs a route too.",
      "`ip route get 192.168.1.10` on inet asks inet's routing table how it would send a reply to machine_B.",
      "On machine_A: `sysctl -w net.ipv4.ip_forward=1` and `echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf`.",
      "On inet: `ip route add 192.168.1.0/24 via 10.0.0.1` and `echo '    up ip route add 192.168.1.0/24 via 10.0.0.1' >> /etc/network/interfaces`.",
    ],
  },
];
