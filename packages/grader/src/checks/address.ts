/** An IPv4 address is (or is not) on an interface, optionally with a given label. */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";
import { hostOf } from "./host-of.js";
import type { Outcome } from "./types.js";

export const addressSpec = z.object({
  kind: z.literal("address"),
  host: z.string().describe("the host to inspect"),
  dev: z.string().describe('the interface, e.g. "eth0"'),
  address: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "expected an address with prefix length, e.g. 192.168.1.11/24")
    .describe('the address with its prefix length, e.g. "192.168.1.11/24"'),
  label: z.string().optional().describe('the label it must carry, e.g. "eth0:1"'),
  present: z.boolean().default(true).describe("false: the address must not be there"),
});
export type AddressSpec = z.infer<typeof addressSpec>;

export function evaluateAddress(session: LabSession, spec: AddressSpec): Outcome {
  const host = hostOf(session, spec.host);
  const link = host.kernel.linkByName(spec.dev);
  if (!link) return { passed: false, detail: `${spec.host} has no interface ${spec.dev}.` };
  const [local, len] = spec.address.split("/");
  const found = host.kernel.state.addrs4.find(
    (a) => a.ifindex === link.ifindex && a.local === local && a.prefixlen === Number(len),
  );
  if (!spec.present) {
    return found
      ? { passed: false, detail: `${spec.address} is still on ${spec.dev}.` }
      : { passed: true, detail: `${spec.address} is not on ${spec.dev}.` };
  }
  if (!found) {
    const other = host.kernel.state.addrs4.find((a) => a.local === local);
    const where = other ? ` (it is on ${host.kernel.linkByIndex(other.ifindex)?.name}/${other.prefixlen})` : "";
    return { passed: false, detail: `${spec.dev} has no address ${spec.address}${where}.` };
  }
  if (spec.label !== undefined && found.label !== spec.label)
    return { passed: false, detail: `${spec.address} is on ${spec.dev} with label ${found.label}, not ${spec.label}.` };
  return { passed: true, detail: `${spec.dev} has ${spec.address}${spec.label ? ` labelled ${spec.label}` : ""}.` };
}
