import { describe, expect, it } from "vitest";
import { instantiateExercise, variantPlan } from "../exercise-template.js";
import { listExerciseTemplates } from "../exercises.js";
import { applyVariant } from "./plan.js";

const SEEDS = [null, ...Array.from({ length: 50 }, (_, i) => i + 1), 0xffffffff];

describe("applyVariant", () => {
  const templates = listExerciseTemplates();

  it("gives what instantiateExercise gives, for every shipped exercise and 52 seeds", () => {
    expect(templates.some((t) => Object.keys(t.params).length > 0)).toBe(true);
    for (const t of templates) {
      // the plan travels as JSON (server component props)
      const plan = JSON.parse(JSON.stringify(variantPlan(t)));
      for (const seed of SEEDS) expect(applyVariant(plan, seed), `${t.id} seed ${seed}`).toEqual(instantiateExercise(t, seed));
    }
  });

  it("differs between seeds where the exercise has parameters, and leaves the plan untouched", () => {
    const t = templates.find((x) => Object.keys(x.params).length > 0)!;
    const plan = variantPlan(t);
    const before = JSON.stringify(plan);
    const a = applyVariant(plan, 1);
    const b = applyVariant(plan, 2);
    expect(JSON.stringify(a.checks)).not.toBe(JSON.stringify(b.checks));
    expect(JSON.stringify(plan)).toBe(before);
  });

  it("gives a number where the schema coerces the filled text to one (a port in a check spec)", () => {
    const template = listExerciseTemplates().find((x) => Object.keys(x.params).length > 0)!;
    const plan = variantPlan(template);
    const port = { ...plan, exercise: { ...plan.exercise, seed: 1 } as typeof plan.exercise, params: { port: { kind: "int" as const, description: "a port", min: 1024, max: 9999, default: 1311 } } };
    port.fields = [{ path: ["seed"], text: "{{port}}", regex: false, number: true }];
    const ex = applyVariant(port, 7);
    expect(typeof ex.seed).toBe("number");
    expect(ex.seed).toBe(Number(ex.variant.values.port));
  });

  it("refuses a seed that is not a uint32", () => {
    const plan = variantPlan(templates.find((x) => Object.keys(x.params).length > 0)!);
    expect(() => applyVariant(plan, -1)).toThrow(RangeError);
    expect(() => applyVariant(plan, 2 ** 32)).toThrow(RangeError);
  });
});

describe("the browser's import graph of plan.ts", () => {
  it("reaches no zod and nothing outside variants/ at run time (type imports aside)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(join(import.meta.dirname, file), "utf8");
      for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)) {
        expect(m[1], `${file} imports ${m[1]}`).toMatch(/^\.\/[a-z0-9-]+\.js$/);
        visit(m[1].slice(2).replace(/\.js$/, ".ts"));
      }
    };
    visit("plan.ts");
    expect([...seen].sort()).toEqual(["draw.ts", "ipv4.ts", "plan.ts", "template.ts"]);
  });
});
