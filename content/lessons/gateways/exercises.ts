import type { Exercise } from "../../src/schema.js";

/**
 * Default gateways, on the built-in `gateway` lab. machine_A already forwards
 * (the setup turns it on for good, as the previous lesson did); inet has no
 * default route, so it cannot answer anything outside 10.0.0.0/24. The learner
 * gives it machine_A (10.0.0.1) as its default gateway, now and at boot.
 */

const defaultViaA = { kind: "command", host: "inet", run: "ip route show default", stdoutMatches: "^default via 10\\.0\\.0\\.1 dev eth0" } as const;
const inetReachesB = { kind: "command", host: "inet", run: "ping -c 1 -W 1 192.168.1.10", exit: 0 } as const;

export const exercises: Exercise[] = [
  {
    id: "gateway-default",
    title: "Give inet a default gateway that survives a reboot",
    lab: "gateway",
    setup: ["@machine_A sysctl -w net.ipv4.ip_forward=1", "@machine_A echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/ip-forward.conf"],
    tasks: [
      "machine_A forwards already. On **inet**, look at the routing table with `route -n`, then try `ping -c 1 -W 1 192.168.1.10`.",
      "Try to make machine_B's router, **192.168.1.1**, inet's gateway: `route add default gw 192.168.1.1`. Why does the kernel refuse?",
      "Make **10.0.0.1** (machine_A, on inet's own network) inet's default gateway, now, and check with `route -n`.",
      "Make it inet's default gateway at boot too, in `/etc/network/interfaces`, then `reboot` inet and look again.",
    ],
    checks: [
      {
        id: "default-now",
        title: "inet's default route goes via 10.0.0.1 on eth0",
        spec: defaultViaA,
        failMessage: "inet has no default gateway through 10.0.0.1: a packet for any address outside 10.0.0.0/24 has nowhere to go.",
        hint: "`route add default gw 10.0.0.1` (or `ip route add default via 10.0.0.1`) on inet.",
      },
      {
        id: "reaches-lan",
        title: "inet pings machine_B (192.168.1.10) through machine_A",
        spec: inetReachesB,
        failMessage: "inet's ping to 192.168.1.10 got no reply: inet did not send it to machine_A.",
        hint: "Without a route, inet's ping stops at once with `connect: Network is unreachable`.",
      },
      {
        id: "default-after-reboot",
        title: "after inet reboots, its default gateway is still 10.0.0.1 and it reaches machine_B",
        spec: { kind: "after-reboot", host: "inet", checks: [defaultViaA, inetReachesB] },
        failMessage: "After a reboot inet has no working default gateway: the one you set lived in the running kernel only, or the file names another.",
        hint: "A `gateway 10.0.0.1` line in the `iface eth0 inet static` stanza of inet's /etc/network/interfaces.",
      },
      {
        id: "address-after-reboot",
        title: "after inet reboots, eth0 still comes up with 10.0.0.2/24",
        spec: { kind: "after-reboot", host: "inet", checks: [{ kind: "address", host: "inet", dev: "eth0", address: "10.0.0.2/24" }] },
        failMessage: "After a reboot inet comes up without its address: /etc/network/interfaces no longer describes eth0.",
        hint: "Append to the file with `>>`; `>` replaces it. `cat /etc/network/interfaces` shows what boot will read.",
        guard: true,
      },
    ],
    hints: [
      "A gateway must be on a network the host is directly connected to: inet is only on 10.0.0.0/24.",
      "`route add default gw 10.0.0.1`, then `route -n`: the line with Destination 0.0.0.0 and flag G is the default gateway.",
      "echo '    gateway 10.0.0.1' >> /etc/network/interfaces — the eth0 stanza is the last one in the file.",
    ],
  },
];
