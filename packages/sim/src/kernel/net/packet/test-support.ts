/**
 * Test support for the packet path: small worlds wired from lab specs, and
 * helpers to run a command line on a host. Used only by *.test.ts files.
 */
import { LabSession } from "../../../lab/lab-session.js";
import type { LabSpec } from "../../../lab/types.js";

/** two hosts on one switch: a 10.0.0.1/24, b 10.0.0.2/24 */
export const PAIR: LabSpec = {
  id: "pair",
  title: "pair",
  description: "two hosts on one switch",
  hosts: [
    { name: "a", interfaces: [{ name: "eth0", mac: "52:54:00:00:00:0a", address: "10.0.0.1/24" }] },
    { name: "b", interfaces: [{ name: "eth0", mac: "52:54:00:00:00:0b", address: "10.0.0.2/24" }] },
  ],
  segments: [{ name: "lan", ends: ["a:eth0", "b:eth0"] }],
};

export function pair(seed = 1): LabSession {
  return LabSession.create(PAIR, seed);
}
