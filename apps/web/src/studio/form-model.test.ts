import { validateAuthored } from "@rootlab/content/validate";
import { describe, expect, it } from "vitest";
import { studioDocument } from "../server/studio.fixtures.js";
import { DRAFT_ID, documentOf, draftOf, emptyDraft, fieldId, fieldOf, issueLabel, linesOf } from "./form-model.js";

const LESSONS = new Set<string>();

describe("the studio's form model", () => {
  it("a stored document comes back unchanged through the form (ids aside)", () => {
    const doc = studioDocument();
    const again = documentOf(draftOf(doc));
    expect(again.lesson).toBe(doc.lesson);
    expect(again.exercise).toEqual({ ...(doc.exercise as object), id: DRAFT_ID });
    expect(again.solutions).toEqual({ ...(doc.solutions as object), exercise: DRAFT_ID });
    expect(validateAuthored(again, { lessons: LESSONS })).toEqual([]);
  });

  it("one item a line: blank lines and spaces at the ends dropped; empty optional fields left out", () => {
    expect(linesOf("  ip a \n\n  hostname\n")).toEqual(["ip a", "hostname"]);
    const d = emptyDraft();
    d.checks[0] = { ...d.checks[0], id: "x", title: "t", failMessage: "f", hint: "  " };
    const ex = documentOf(d).exercise as { checks: object[]; setup: string[] };
    expect(ex.checks[0]).toEqual({ id: "x", title: "t", spec: { kind: "address" }, failMessage: "f" });
    expect(ex.setup).toEqual([]);
  });

  it("puts each validation issue at its field, in words the form uses", () => {
    const d = draftOf(studioDocument());
    d.checks[0].spec = { ...d.checks[0].spec, address: "192.168.1.77" };
    d.wrong[0].fails = ["nope"];
    d.lesson = "Intro\n\n<b>x</b>";
    const issues = validateAuthored(documentOf(d), { lessons: LESSONS });
    expect(issues.map((i) => [fieldOf(i), issueLabel(i, d)])).toEqual([
      ["lesson", "Lesson text, line 3"],
      ["checks.0.spec.address", "Check 1 (added), spec.address"],
    ]);
    expect(fieldId("checks.0.spec.address")).toBe("field-checks-0-spec-address");
    expect(fieldOf({ in: "solutions", path: ["wrong", 0, "fails", 0] })).toBe("wrong.0");
    expect(fieldOf({ in: "exercise", path: ["setup", 2] })).toBe("setup");
    expect(fieldOf({ in: "exercise", path: [] })).toBe("form");
  });
});
