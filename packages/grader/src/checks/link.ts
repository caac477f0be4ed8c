/** An interface is administratively up (or down). */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";
import { hostOf } from "./host-of.js";
import type { Outcome } from "./types.js";

export const linkSpec = z.object({
  kind: z.literal("link"),
  host: z.string().describe("the host to inspect"),
  dev: z.string().describe('the interface, e.g. "eth0"'),
  up: z.boolean().describe("true: the interface must be up; false: down"),
});
export type LinkSpec = z.infer<typeof linkSpec>;

export function evaluateLink(session: LabSession, spec: LinkSpec): Outcome {
  const link = hostOf(session, spec.host).kernel.linkByName(spec.dev);
  if (!link) return { passed: false, detail: `${spec.host} has no interface ${spec.dev}.` };
  const state = link.up ? "up" : "down";
  return { passed: link.up === spec.up, detail: `${spec.dev} is ${state}.` };
}
