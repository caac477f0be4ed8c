import type { Exercise } from "../../src/schema.js";

export const exercises: Exercise[] = [
  {
    id: "mysql-backup-cron-first",
    title: "Add an address to eth0",
    lab: "mysql-backup",
    params: {
      addr: {
        kind: "ipv4",
        description: "the address the learner adds",
        subnet: "192.168.1.0/24",
        default: "192.168.1.2",
      },
    },
    tasks: ["Add **{{addr}}/24** to `eth0` with `ip addr add`."],
    checks: [
      {
        id: "address-added",
        title: "eth0 has {{addr}}/24",
        spec: { kind: "address", host: "db", dev: "eth0", address: "{{addr}}/24" },
        failMessage: "The address is not on eth0.",
        hint: "`ip addr add ADDRESS/PREFIX dev eth0`",
      },
      {
        id: "primary-kept",
        title: "eth0 still has 192.168.1.10/24",
        spec: { kind: "address", host: "db", dev: "eth0", address: "192.168.1.10/24" },
        failMessage: "The host lost its own address.",
        guard: true,
      },
    ],
    hints: ["`ip addr help` shows the syntax.", "ip addr add {{addr}}/24 dev eth0"],
  },
];
