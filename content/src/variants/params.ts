/**
 * Exercise parameters: what may differ from one learner to the next, as data.
 * Each kind says where its value is drawn from; a value is always a short
 * string of safe characters, so it can be put into a command line, a regular
 * expression (escaped) or a page's text without being able to change what
 * surrounds it.
 */
import { z } from "zod";

/** parameter names: camelCase letters and digits (no `_`, which Markdown reads as emphasis) */
export const paramName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "a parameter name is a lower-case letter then letters and digits, e.g. addr2");

/** Characters a value may hold: no HTML, Markdown, shell-quoting or template characters. */
export const SAFE_VALUE = /^[A-Za-z0-9 .,:;/@+=_%#-]{1,64}$/;
const safeValue = z.string().regex(SAFE_VALUE, "1 to 64 of: letters, digits, space and . , : ; / @ + = _ % # -");

const ipv4Re = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ipv4 = z.string().regex(ipv4Re, "an IPv4 address in dotted decimal, e.g. 192.168.1.11");

export const ipv4Param = z
  .object({
    kind: z.literal("ipv4"),
    description: z.string().min(3).describe("what it stands for, for authors and the studio"),
    subnet: z
      .string()
      .regex(/^\d{1,3}(\.\d{1,3}){3}\/([8-9]|[12]\d|30)$/, "a subnet with prefix length 8 to 30, e.g. 192.168.1.0/24")
      .describe("drawn from the host addresses of this subnet (never its network or broadcast address)"),
    avoid: z.array(ipv4).default([]).describe("addresses never drawn, besides every address and gateway the lab already has"),
    default: ipv4.describe("the value when no learner seed is given (previews, attempts stored before variants); the lesson text's own examples"),
  })
  .strict()
  .describe("a host address in a subnet, distinct from the lab's addresses and from every other ipv4 parameter");

export const intParam = z
  .object({
    kind: z.literal("int"),
    description: z.string().min(3).describe("what it stands for"),
    min: z.number().int().min(0).describe("smallest value"),
    max: z.number().int().max(1_000_000).describe("largest value"),
    default: z.number().int().describe("the value when no learner seed is given"),
  })
  .strict()
  .refine((p) => p.min <= p.max && p.default >= p.min && p.default <= p.max, "needs min <= default <= max")
  .describe("a whole number in [min, max]");

/** a choice is a string, or a record of strings read as `{{name.key}}` (several facts that go together) */
const choiceValue = z.union([safeValue, z.record(paramName, safeValue)]);

export const choiceParam = z
  .object({
    kind: z.literal("choice"),
    description: z.string().min(3).describe("what it stands for"),
    values: z
      .array(choiceValue)
      .min(1)
      .describe('the values drawn from, the first being the default; strings ("eth1"), or records ({ rule: "...", fix: "..." }) all with the same keys'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const keysOf = (v: unknown) => (typeof v === "string" ? "" : Object.keys(v as object).sort().join(","));
    const first = keysOf(p.values[0]);
    p.values.forEach((v, i) => {
      if (keysOf(v) !== first)
        ctx.addIssue({ code: "custom", path: ["values", i], message: "every value must be of the same shape as the first (a string, or a record with the same keys)" });
    });
  })
  .describe("one of a list: interface names, database names, which rule is broken...");

export const paramSpec = z.discriminatedUnion("kind", [ipv4Param, intParam, choiceParam]);
export type ParamSpec = z.output<typeof paramSpec>;

export const params = z.record(paramName, paramSpec).default({}).describe("what differs between learners: name -> how it is drawn");
export type Params = z.output<typeof params>;

/** The names a template may use for a parameter: `name`, or `name.key` for each key of a record choice. */
export function templateNames(name: string, spec: ParamSpec): string[] {
  if (spec.kind === "choice" && typeof spec.values[0] !== "string") return Object.keys(spec.values[0]).map((k) => `${name}.${k}`);
  return [name];
}

export { formatIpv4, hostRange, parseIpv4 } from "./ipv4.js";
