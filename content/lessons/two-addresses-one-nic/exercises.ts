import type { Exercise } from "../../src/schema.js";

/**
 * The second and third addresses differ per learner: drawn from the lab's
 * subnet, never .1 (the gateway), .10 (the host), .0 or .255. Exercises
 * declaring the same parameter get the same value for the same learner, so
 * the lesson's exercises continue one another.
 */
const addr2 = {
  kind: "ipv4",
  description: "the address added with ip, labelled eth0:1",
  subnet: "192.168.1.0/24",
  default: "192.168.1.11",
} as const;
const addr3 = {
  kind: "ipv4",
  description: "the address added as the ifconfig alias eth0:0",
  subnet: "192.168.1.0/24",
  default: "192.168.1.20",
} as const;

const primaryKept = {
  id: "primary-kept",
  title: "eth0 still has its original address 192.168.1.10/24",
  spec: { kind: "address", host: "host", dev: "eth0", address: "192.168.1.10/24" },
  failMessage: "The host lost its original address, so it is off its own network.",
  hint: "Run `ip addr show dev eth0`. If 192.168.1.10/24 is gone, put it back with `ip addr add 192.168.1.10/24 brd + dev eth0` (or reset the lab).",
  guard: true,
} as const;

export const exercises: Exercise[] = [
  {
    id: "two-addresses-add",
    title: "Give eth0 two more addresses",
    lab: "single",
    params: { addr2, addr3 },
    tasks: [
      "Add **{{addr2}}/24** to `eth0` the modern way, with `ip addr add`, labelled **eth0:1**.",
      "Add **{{addr3}}** with netmask **255.255.255.0** the legacy way, as the alias **eth0:0** with `ifconfig`.",
      "Look at the result with both `ip addr show dev eth0` and `ifconfig`: which of the two shows all three addresses?",
    ],
    checks: [
      {
        id: "ip-label",
        title: "eth0 has {{addr2}}/24 labelled eth0:1",
        spec: { kind: "address", host: "host", dev: "eth0", address: "{{addr2}}/24", label: "eth0:1" },
        failMessage: "The modern address is not there as asked.",
        hint: "`ip addr add ADDRESS/PREFIX dev eth0 label eth0:1` — the label must start with the device name.",
      },
      {
        id: "ifconfig-alias",
        title: "the alias eth0:0 has {{addr3}}/24",
        spec: { kind: "address", host: "host", dev: "eth0", address: "{{addr3}}/24", label: "eth0:0" },
        failMessage: "The legacy alias is not there as asked.",
        hint: "`ifconfig eth0:0 {{addr3}} netmask 255.255.255.0 up` creates the alias.",
      },
      {
        id: "alias-visible-to-ifconfig",
        title: "ifconfig shows the alias eth0:0 as up",
        spec: { kind: "command", host: "host", run: "ifconfig eth0:0", stdoutMatches: "^eth0:0: flags=\\d+<UP,.*\\n\\s+inet {{addr3}} ", exit: 0 },
        failMessage: "`ifconfig eth0:0` does not show the alias up with {{addr3}}.",
        hint: "ifconfig only sees addresses whose label is eth0:0; `up` brings the alias up.",
      },
      primaryKept,
    ],
    hints: [
      "`ip addr help` shows the syntax; `label` goes after `dev eth0`.",
      "ifconfig takes the alias name, the address and `netmask`.",
      "ip addr add {{addr2}}/24 dev eth0 label eth0:1 — and — ifconfig eth0:0 {{addr3}} netmask 255.255.255.0 up",
    ],
  },
  {
    id: "two-addresses-remove",
    title: "Remove one address, keep the rest",
    lab: "single",
    params: { addr2, addr3 },
    setup: ["ip addr add {{addr2}}/24 dev eth0 label eth0:1", "ifconfig eth0:0 {{addr3}} netmask 255.255.255.0 up"],
    tasks: [
      "eth0 now carries three addresses. Look at them with `ip addr show dev eth0`: which is primary, which are secondary?",
      "Remove **{{addr3}}** (the alias eth0:0) and nothing else.",
    ],
    checks: [
      {
        id: "alias-gone",
        title: "{{addr3}}/24 is no longer on eth0",
        spec: { kind: "address", host: "host", dev: "eth0", address: "{{addr3}}/24", present: false },
        failMessage: "{{addr3}} is still configured.",
        hint: "`ip addr del {{addr3}}/24 dev eth0`, or `ifconfig eth0:0 down`.",
      },
      {
        id: "label-kept",
        title: "{{addr2}}/24 (eth0:1) is still there",
        spec: { kind: "address", host: "host", dev: "eth0", address: "{{addr2}}/24", label: "eth0:1" },
        failMessage: "The other added address went too.",
        hint: "Deleting the primary address takes its secondaries with it; `ip addr flush` removes them all.",
        guard: true,
      },
      primaryKept,
    ],
    hints: ["`ip addr del` needs the address with its prefix length, as `ip addr` shows it.", "ip addr del {{addr3}}/24 dev eth0"],
  },
  {
    id: "two-addresses-persist",
    title: "Make the second address survive a reboot",
    lab: "single",
    params: { addr2 },
    tasks: [
      "Addresses added with `ip` or `ifconfig` live in the kernel only: a reboot forgets them. Make **{{addr2}}/24**, labelled **eth0:1**, part of eth0's configuration in `/etc/network/interfaces`.",
      "Bring it up now too, without rebooting.",
      "Then `reboot` and check that it came back.",
    ],
    checks: [
      {
        id: "configured",
        title: "/etc/network/interfaces configures {{addr2}}",
        spec: { kind: "file", host: "host", path: "/etc/network/interfaces", matches: "^[^#\\n]*{{addr2}}\\b" },
        failMessage: "/etc/network/interfaces does not mention {{addr2}} outside a comment.",
        hint: "Append an `up ip addr add ...` line to eth0's stanza, or an `iface eth0:1 inet static` stanza with `auto eth0:1`.",
      },
      {
        id: "up-now",
        title: "{{addr2}}/24 is on eth0 now",
        spec: { kind: "address", host: "host", dev: "eth0", address: "{{addr2}}/24", label: "eth0:1" },
        failMessage: "The address is not configured right now.",
        hint: "Add it with `ip addr add` as well, or `ifup eth0:1` for an alias stanza.",
      },
      {
        id: "after-reboot",
        title: "after a reboot, eth0 has 192.168.1.10/24 and {{addr2}}/24 (eth0:1)",
        spec: {
          kind: "after-reboot",
          host: "host",
          checks: [
            { kind: "address", host: "host", dev: "eth0", address: "192.168.1.10/24" },
            { kind: "address", host: "host", dev: "eth0", address: "{{addr2}}/24", label: "eth0:1" },
          ],
        },
        failMessage: "After a reboot the address is not back.",
        hint: "ifupdown reads /etc/network/interfaces at boot; an `up` line belongs to the `iface` stanza above it.",
      },
    ],
    hints: [
      "Lines after `iface eth0 inet static` belong to eth0; `up COMMAND` runs COMMAND when eth0 comes up.",
      "You can append with a here-document: `cat >> /etc/network/interfaces <<'EOF'` … `EOF`.",
      "echo '    up ip addr add {{addr2}}/24 dev eth0 label eth0:1' >> /etc/network/interfaces",
    ],
  },
];
