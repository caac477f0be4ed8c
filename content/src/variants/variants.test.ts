import { describe, expect, it } from "vitest";
import { instantiateExercise, parseExerciseTemplate } from "../exercise-template.js";
import type { Exercise } from "../schema.js";
import { defaultValues, drawValues, variantSeedFor } from "./draw.js";
import { params as paramsSchema } from "./params.js";
import { fillTemplate, fillTemplateHtml, scanTemplate, splitTemplate } from "./template.js";

const LAB_TAKEN = new Set(["192.168.1.10", "192.168.1.1"]);
const two = paramsSchema.parse({
  addr2: { kind: "ipv4", description: "second", subnet: "192.168.1.0/24", default: "192.168.1.11" },
  addr3: { kind: "ipv4", description: "third", subnet: "192.168.1.0/24", default: "192.168.1.20" },
});

describe("drawing values", () => {
  it("is pinned: stored attempts replay with the values they were made with", () => {
    expect(variantSeedFor("alice")).toBe(2267157479);
    expect(drawValues(two, 1, LAB_TAKEN)).toEqual({ addr2: "192.168.1.68", addr3: "192.168.1.41" });
    expect(drawValues(two, 2267157479, LAB_TAKEN)).toEqual({ addr2: "192.168.1.51", addr3: "192.168.1.128" });
  });

  it("never draws the lab's addresses, the network or broadcast address, and keeps ipv4 parameters distinct", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 2000; seed++) {
      const v = drawValues(two, seed, LAB_TAKEN);
      for (const a of [v.addr2, v.addr3]) {
        expect(a).toMatch(/^192\.168\.1\.(\d+)$/);
        expect(["192.168.1.0", "192.168.1.255", "192.168.1.1", "192.168.1.10"]).not.toContain(a);
        seen.add(a);
      }
      expect(v.addr2).not.toBe(v.addr3);
    }
    expect(seen.size).toBeGreaterThan(240); // spread over the subnet, not a handful of values
  });

  it("gives a parameter the same value in every exercise that declares it, whatever else is declared", () => {
    const one = paramsSchema.parse({ addr2: two.addr2 });
    for (const seed of [1, 99, 123456]) expect(drawValues(one, seed, LAB_TAKEN).addr2).toBe(drawValues(two, seed, LAB_TAKEN).addr2);
  });

  it("draws ints in range and choices from their list; record choices give name.key values", () => {
    const p = paramsSchema.parse({
      port: { kind: "int", description: "a port", min: 8000, max: 8009, default: 8000 },
      rule: { kind: "choice", description: "which rule is broken", values: [{ chain: "INPUT", port: "22" }, { chain: "FORWARD", port: "80" }] },
    });
    expect(defaultValues(p)).toEqual({ port: "8000", "rule.chain": "INPUT", "rule.port": "22" });
    for (let s = 0; s < 200; s++) {
      const v = drawValues(p, s, new Set());
      expect(Number(v.port)).toBeGreaterThanOrEqual(8000);
      expect(Number(v.port)).toBeLessThanOrEqual(8009);
      expect([["INPUT", "22"], ["FORWARD", "80"]]).toContainEqual([v["rule.chain"], v["rule.port"]]);
    }
  });

  it("rejects unsafe values and mixed choice shapes", () => {
    expect(paramsSchema.safeParse({ db: { kind: "choice", description: "db", values: ["<script>"] } }).success).toBe(false);
    expect(paramsSchema.safeParse({ x: { kind: "choice", description: "mixed", values: ["a", { k: "b" }] } }).error?.issues[0].path).toEqual(["x", "values", 1]);
    expect(paramsSchema.safeParse({ Bad_name: { kind: "int", description: "n", min: 0, max: 1, default: 0 } }).success).toBe(false);
  });
});

describe("templates", () => {
  it("substitutes names only, and finds malformed tokens", () => {
    expect(fillTemplate("ip a add {{addr2}}/24 dev {{ dev }}", { addr2: "10.0.0.5", dev: "eth1" })).toBe("ip a add 10.0.0.5/24 dev eth1");
    expect(scanTemplate("a {{x + 1}} b {{ok}}").map((t) => t.name)).toEqual([undefined, "ok"]);
    expect(() => fillTemplate("{{nope}}", {})).toThrow(/unknown parameter "nope"/);
    expect(() => fillTemplate("{{constructor}}", {})).toThrow(/unknown parameter/);
    expect(fillTemplate("^inet {{a}}\\b", { a: "10.0.0.5" }, { regex: true })).toBe("^inet 10\\.0\\.0\\.5\\b");
  });

  it("splits for renderers and escapes for HTML", () => {
    expect(splitTemplate("Add **{{addr2}}/24**.")).toEqual([{ text: "Add **" }, { param: "addr2" }, { text: "/24**." }]);
    expect(fillTemplateHtml("<b>{{a}}</b>", { a: "x&y" })).toBe("<b>x&#38;y</b>");
  });
});

const base: Exercise = {
  id: "t",
  title: "Template test",
  lab: "single",
  params: { addr: { kind: "ipv4", description: "the address", subnet: "192.168.1.0/24", default: "192.168.1.11" } },
  tasks: ["Add {{addr}}/24."],
  checks: [
    { id: "a", title: "has {{addr}}", spec: { kind: "address", host: "host", dev: "eth0", address: "{{addr}}/24" }, failMessage: "no" },
    { id: "c", title: "shows it", spec: { kind: "command", host: "host", run: "ip a", stdoutMatches: "inet {{addr}}/" }, failMessage: "no" },
  ],
};

describe("exercise templates", () => {
  it("instantiates the default and any seed, with regex fields escaped, deterministically", () => {
    const r = parseExerciseTemplate(base);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const d = instantiateExercise(r.value);
    expect(d.variant).toEqual({ seed: null, values: { addr: "192.168.1.11" } });
    expect(d.tasks[0]).toBe("Add 192.168.1.11/24.");
    expect(d.checks[1].spec).toMatchObject({ stdoutMatches: "inet 192\\.168\\.1\\.11/" });
    expect(instantiateExercise(r.value, 7)).toEqual(instantiateExercise(r.value, 7));
    expect(instantiateExercise(r.value, 7).tasks[0]).not.toBe(instantiateExercise(r.value, 8).tasks[0]);
    expect(() => instantiateExercise(r.value, -1)).toThrow(/not a uint32/);
  });

  it("reports template mistakes at their path", () => {
    const issues = (e: unknown) => {
      const r = parseExerciseTemplate(e);
      return r.ok ? [] : r.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(issues({ ...base, id: "t-{{addr}}" })).toContain('id: parameters are not allowed in "id"');
    expect(issues({ ...base, tasks: ["Add {{addr}} and {{ addr2 }}."] })).toEqual(['tasks.0: unknown parameter "addr2" (declared: addr)']);
    expect(issues({ ...base, tasks: ["Add {{addr}} {{addr | upper}}."] })).toEqual(['tasks.0: malformed parameter "{{addr | upper}}": write {{name}} with a declared name']);
    expect(issues({ ...base, params: { ...base.params, spare: { kind: "int", description: "unused", min: 1, max: 2, default: 1 } } })).toEqual([
      'params.spare: parameter "spare" is declared but never used',
    ]);
    expect(issues({ ...base, params: { addr: { ...base.params!.addr, default: "10.0.0.1" } } })).toEqual([
      "params.addr.default: 10.0.0.1 is not a host address of 192.168.1.0/24",
    ]);
  });
});
