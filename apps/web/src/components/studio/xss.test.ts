/**
 * Hostile text in every field of an exercise written in the studio, drawn by
 * every view that shows it: the learner's page (lesson text, tasks, hints,
 * check words), the bench, and the form that edits it. Nothing may become
 * markup or a script link. The validator refuses raw HTML in Markdown fields,
 * but a document is drawn safely whatever it holds (an older validator, a
 * row edited by hand).
 */
import { instantiateSolutions, parseExerciseTemplate, variantPlan } from "@rootlab/content";
import type { AuthoredExercise } from "@rootlab/content/validate";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InlineText } from "@/components/InlineText";
import { dangerIn, PAYLOADS } from "@/mdx/xss-payloads";
import { SafeMarkdown } from "@/mdx/safe-markdown";
import { ExerciseForm } from "./ExerciseForm";
import { Studio } from "./Studio";

const P = PAYLOADS.join(" ");

/** An exercise whose every free-text field holds every payload. */
function hostileDocument(): AuthoredExercise {
  return {
    lesson: PAYLOADS.join("\n\n"),
    exercise: {
      id: "studio-xss",
      title: P,
      lab: "single",
      setup: PAYLOADS,
      tasks: PAYLOADS,
      checks: [
        { id: "c1", title: P, spec: { kind: "address", host: P, dev: P, address: "192.168.1.77/24", label: P }, failMessage: P, hint: P },
        { id: "c2", title: P, spec: { kind: "command", host: "host", run: P }, failMessage: P, hint: P },
      ],
      hints: PAYLOADS,
    },
    solutions: { exercise: "studio-xss", reference: PAYLOADS, wrong: [{ name: P, lines: PAYLOADS, fails: ["c1"] }] },
  };
}

function check(html: string) {
  expect(html.length).toBeGreaterThan(100);
  expect(dangerIn(html)).toBeUndefined();
  // the payloads are there, as text
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
}

describe("hostile text in every field of a studio exercise", () => {
  const doc = hostileDocument();
  const t = parseExerciseTemplate(doc.exercise);
  if (!t.ok) throw new Error(JSON.stringify(t.issues));
  const plan = variantPlan(t.value);
  const ex = plan.exercise;

  it("the learner's page: title, lesson text, tasks, hints, and each check's words", () => {
    const html = renderToStaticMarkup(
      createElement("div", null, [
        createElement("h1", { key: "h" }, ex.title),
        createElement(SafeMarkdown, { key: "l", text: doc.lesson }),
        ...ex.tasks.map((x, i) => createElement(SafeMarkdown, { key: `t${i}`, text: x, inline: true })),
        ...ex.hints.map((x, i) => createElement(SafeMarkdown, { key: `h${i}`, text: x, inline: true })),
        ...ex.checks.flatMap((c, i) => [c.title, c.failMessage, c.hint ?? ""].map((s, k) => createElement(InlineText, { key: `c${i}${k}`, text: s }))),
      ]),
    );
    check(html);
  });

  it("the bench: tasks, hints, setup, checks, solutions", () => {
    const html = renderToStaticMarkup(
      createElement(Studio, {
        entries: [{ id: ex.id, title: ex.title, group: P, plan, tasks: ex.tasks, hints: ex.hints, params: {}, solutions: doc.solutions as never }],
      }),
    );
    check(html);
    // the solutions are on the bench, as text
    expect(instantiateSolutions(doc.solutions as never, ex).reference).toHaveLength(PAYLOADS.length);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("the form that edits it", () => {
    const html = renderToStaticMarkup(
      createElement(ExerciseForm, {
        labs: [{ id: "single", title: P, description: P, facts: { hosts: [], segments: [] } as never }],
        kinds: [{ type: "object", properties: { kind: { type: "string", const: "address" }, host: { type: "string", description: P } }, required: ["kind", "host"] }],
        lessons: [],
        initial: { id: "xss", document: doc },
        cohorts: [{ id: "c", title: P, assigned: false }],
      }),
    );
    // the lab's network picture is the site's own SVG, drawn from a built-in lab, not from the document
    const own = /<svg class="topology-svg"[\s\S]*?<\/svg>/;
    expect(html).toMatch(own);
    check(html.replace(own, ""));
    expect(html).not.toMatch(/<textarea[^>]*>[^<]*<script/);
  });
});
