import type { Solutions } from "../../src/schema.js";

export const solutions: Solutions[] = [
  {
    exercise: "md5-checksums-first",
    reference: ["ip addr add {{addr}}/24 dev eth0"],
    wrong: [
      { name: "wrong prefix length", lines: ["ip addr add {{addr}}/32 dev eth0"], fails: ["address-added"] },
      { name: "replaces the host's own address", lines: ["ip addr flush dev eth0", "ip addr add {{addr}}/24 dev eth0"], fails: ["primary-kept"] },
    ],
  },
];
