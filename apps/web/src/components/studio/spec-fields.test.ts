import { checkSpec } from "@rootlab/grader";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { freshSpec, type KindSchema, SpecFields, widgetFor } from "./SpecFields";

/** The grader's kinds as the form page gets them (app/teach/studio/exercises/form-props.ts). */
const kinds = (z.toJSONSchema(checkSpec, { io: "input", unrepresentable: "any" }) as { oneOf: KindSchema[] }).oneOf;

describe("the check fields drawn from the grader's schemas", () => {
  it("has a control for every field of every kind the grader has (JSON only for a list of unlike steps)", () => {
    for (const k of kinds)
      for (const [name, f] of Object.entries(k.properties))
        if (name !== "kind" && widgetFor(f) === "json") expect(f.type === "array" && Array.isArray(f.items?.anyOf), `${k.properties.kind.const}.${name}`).toBe(true);
    expect(widgetFor(kinds.find((k) => k.properties.kind.const === "after-reboot")!.properties.checks)).toBe("specs");
  });

  it("knows the shapes a new kind may bring: choices, nested objects, lists of words, a number or a template", () => {
    expect(widgetFor({ type: "string", enum: ["tcp", "udp"] })).toBe("select");
    expect(widgetFor({ type: "object", properties: { sport: { type: "integer" } } })).toBe("object");
    expect(widgetFor({ type: "array", items: { type: "string" } })).toBe("lines");
    expect(widgetFor({ anyOf: [{ type: "integer" }, { type: "string" }] })).toBe("text-or-number");
    expect(widgetFor({ type: "array", items: { anyOf: [{ type: "object" }] } })).toBe("json");
  });

  it("draws a kind's fields with their descriptions, and nested objects and choices as their own controls", () => {
    const conntrackLike: KindSchema = {
      type: "object",
      properties: {
        kind: { type: "string", const: "conntrack" },
        host: { type: "string", description: "the host whose table is read" },
        proto: { type: "string", enum: ["tcp", "udp", "icmp"] },
        orig: { type: "object", properties: { sport: { anyOf: [{ type: "integer" }, { type: "string" }] } } },
        assured: { type: "boolean" },
      },
      required: ["kind", "host"],
    };
    const html = renderToStaticMarkup(
      createElement(SpecFields, { kinds: [conntrackLike], value: freshSpec([conntrackLike], "conntrack"), onChange: () => {}, field: "checks.0.spec", issues: (f: string) => (f === "checks.0.spec.orig.sport" ? ["not a port"] : []) }),
    );
    expect(html).toContain("the host whose table is read");
    expect(html).toMatch(/<option value=""[^>]*>\(none\)<\/option><option value="tcp">tcp<\/option>/);
    expect(html).toMatch(/<legend>orig<small> \(optional\)<\/small><\/legend>/);
    const sport = /<input[^>]*data-field="checks.0.spec.orig.sport"[^>]*>/.exec(html)?.[0] ?? "";
    expect(sport).toContain('type="text"');
    expect(sport).toContain('aria-invalid="true"');
    expect(html).toContain("not a port");
  });
});
