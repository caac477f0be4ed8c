/**
 * The studio's exercise form as data: what the instructor types (a `Draft`:
 * lists one item a line, checks and wrong solutions as rows), the content
 * format's document it stands for (`documentOf`, what the validator proves
 * and the server stores), the way back (`draftOf`, to edit a stored one), and
 * which field each validation issue belongs to (`fieldOf`, `issueLabel`).
 * Pure: no React, no DOM.
 */
import type { AuthoredExercise, AuthoredIssue } from "@rootlab/content/validate";

export interface DraftCheck {
  /** stable React key, not part of the exercise */
  key: string;
  id: string;
  title: string;
  /** a check spec of one of the grader's kinds: { kind, ...its fields } */
  spec: Record<string, unknown>;
  failMessage: string;
  hint: string;
  guard: boolean;
}

export interface DraftWrong {
  key: string;
  name: string;
  /** one command line a line */
  lines: string;
  /** ids of the checks it must fail */
  fails: string[];
}

export interface Draft {
  title: string;
  /** Markdown */
  lesson: string;
  lab: string;
  /** one command line a line */
  setup: string;
  /** one task a line (Markdown) */
  tasks: string;
  checks: DraftCheck[];
  /** one hint a line, weakest first (Markdown) */
  hints: string;
  /** one command line a line */
  reference: string;
  wrong: DraftWrong[];
}

/** the exercise id a draft is validated under; the server gives a stored one its own */
export const DRAFT_ID = "studio-draft";

let keys = 0;
export const newKey = () => `k${++keys}`;

export function emptyDraft(lab = "single"): Draft {
  return {
    title: "",
    lesson: "",
    lab,
    setup: "",
    tasks: "",
    checks: [newCheck()],
    hints: "",
    reference: "",
    wrong: [],
  };
}

export function newCheck(kind = "address"): DraftCheck {
  return { key: newKey(), id: "", title: "", spec: { kind }, failMessage: "", hint: "", guard: false };
}

export function newWrong(): DraftWrong {
  return { key: newKey(), name: "", lines: "", fails: [] };
}

/** Lines of a text box: blank lines and spaces at the ends dropped. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** The content format's document for a draft: what is validated and stored. Empty optional fields are left out. */
export function documentOf(d: Draft): AuthoredExercise {
  return {
    lesson: d.lesson,
    exercise: {
      id: DRAFT_ID,
      title: d.title.trim(),
      lab: d.lab,
      setup: linesOf(d.setup),
      tasks: linesOf(d.tasks),
      checks: d.checks.map((c) => ({
        id: c.id.trim(),
        title: c.title.trim(),
        spec: c.spec,
        failMessage: c.failMessage.trim(),
        ...(c.hint.trim() ? { hint: c.hint.trim() } : {}),
        ...(c.guard ? { guard: true } : {}),
      })),
      hints: linesOf(d.hints),
    },
    solutions: {
      exercise: DRAFT_ID,
      reference: linesOf(d.reference),
      wrong: d.wrong.map((w) => ({ name: w.name.trim(), lines: linesOf(w.lines), fails: w.fails })),
    },
  };
}

type Obj = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A stored document back as a draft, to edit it. */
export function draftOf(doc: AuthoredExercise): Draft {
  const ex = (doc.exercise ?? {}) as Obj;
  const sol = (doc.solutions ?? {}) as Obj;
  return {
    title: str(ex.title),
    lesson: str(doc.lesson),
    lab: str(ex.lab) || "single",
    setup: list(ex.setup).map(str).join("\n"),
    tasks: list(ex.tasks).map(str).join("\n"),
    checks: list(ex.checks).map((c) => {
      const o = c as Obj;
      return {
        key: newKey(),
        id: str(o.id),
        title: str(o.title),
        spec: (o.spec as Obj) ?? { kind: "address" },
        failMessage: str(o.failMessage),
        hint: str(o.hint),
        guard: o.guard === true,
      };
    }),
    hints: list(ex.hints).map(str).join("\n"),
    reference: list(sol.reference).map(str).join("\n"),
    wrong: list(sol.wrong).map((w) => {
      const o = w as Obj;
      return { key: newKey(), name: str(o.name), lines: list(o.lines).map(str).join("\n"), fails: list(o.fails).map(str) };
    }),
  };
}

/**
 * The form field an issue is about, as a dotted key: "lesson", "title",
 * "setup", "checks.1", "checks.1.spec.address", "reference", "wrong.0", or
 * "form" for the document as a whole. Element ids are `field-` + the key
 * with dots as dashes (`fieldId`).
 */
export function fieldOf(issue: Pick<AuthoredIssue, "in" | "path">): string {
  const [head, index, ...rest] = issue.path;
  if (issue.in === "lesson") return "lesson";
  if (issue.in === "solutions") {
    if (head === "reference") return "reference";
    if (head === "wrong" && typeof index === "number") return `wrong.${index}`;
    if (head === "wrong") return "wrong";
    return "form";
  }
  if (head === undefined) return "form";
  if (head === "checks" && typeof index === "number") return ["checks", index, ...rest].join(".");
  if (["title", "lab", "setup", "tasks", "hints", "checks", "params"].includes(String(head))) return String(head);
  return "form";
}

export const fieldId = (field: string) => `field-${field.replace(/\./g, "-")}`;

/** Where an issue is, in the form's words: "Check 2 (added), spec.address". */
export function issueLabel(issue: AuthoredIssue, d: Draft): string {
  const f = fieldOf(issue);
  const [head, i, ...rest] = f.split(".");
  switch (head) {
    case "lesson":
      return issue.line ? `Lesson text, line ${issue.line}` : "Lesson text";
    case "title":
      return "Title";
    case "lab":
      return "Lab";
    case "setup":
      return "Setup commands";
    case "tasks":
      return typeof issue.path[1] === "number" ? `Task ${issue.path[1] + 1}` : "Tasks";
    case "hints":
      return typeof issue.path[1] === "number" ? `Hint ${issue.path[1] + 1}` : "Hints";
    case "checks": {
      if (i === undefined) return "Checks";
      const c = d.checks[Number(i)];
      return `Check ${Number(i) + 1}${c?.id ? ` (${c.id})` : ""}${rest.length ? `, ${rest.join(".")}` : ""}`;
    }
    case "reference":
      return "Reference solution";
    case "wrong": {
      if (i === undefined) return "Wrong solutions";
      const w = d.wrong[Number(i)];
      return `Wrong solution ${Number(i) + 1}${w?.name ? ` (${w.name})` : ""}`;
    }
    default:
      return "The exercise";
  }
}
