"use client";
/**
 * Writing an exercise in the studio: a form over the content format (see
 * studio/form-model.ts), validated as it is typed by the very rules of
 * `content:check` (@rootlab/content/validate, run here in the browser; the
 * server runs them again before it stores anything), with a live bench to
 * try the draft and record its reference solution, and, once saved, a way to
 * assign it to a cohort.
 *
 * Every issue is listed once at the top (each a link to its field) and again
 * beside its field, which is marked aria-invalid. The status line is a
 * polite live region.
 */
import type { ParsedExercise } from "@rootlab/content";
import type { AuthoredExercise, AuthoredIssue } from "@rootlab/content/validate";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { TopologyPicture } from "@/components/TopologyPicture";
import { SafeMarkdown } from "@/mdx/safe-markdown";
import {
  type Draft,
  type DraftCheck,
  type DraftWrong,
  documentOf,
  draftOf,
  emptyDraft,
  fieldId,
  fieldOf,
  issueLabel,
  newCheck,
  newWrong,
} from "@/studio/form-model";
import type { TopologyFacts } from "@/topology/facts";
import { freshSpec, type KindSchema, SpecFields } from "./SpecFields";
import { type StudioSolution, StudioLab } from "./StudioLab";

export interface FormProps {
  labs: { id: string; title: string; description: string; facts: TopologyFacts }[];
  /** the grader's check kinds, as JSON Schema objects */
  kinds: KindSchema[];
  /** every lesson slug of the course (links in the text) */
  lessons: string[];
  /** a stored exercise to edit */
  initial?: { id: string; document: AuthoredExercise };
  /** the viewer's cohorts, to assign a stored exercise to */
  cohorts?: { id: string; title: string; assigned: boolean }[];
}

type Validation = { state: "idle" } | { state: "checking" } | { state: "done"; issues: AuthoredIssue[] };

/** ms of quiet typing before the draft is validated again */
const VALIDATE_AFTER_MS = 600;

let validator: Promise<typeof import("@rootlab/content/validate")> | undefined;
/**
 * The rules of content:check, with what they run here: code blocks and solutions run in a lab, so the lab builder and
 * every command group come first (in the browser both load on demand, @rootlab/sim's registry).
 */
const loadValidator = () =>
  (validator ??= Promise.all([
    import("@rootlab/content/validate"),
    import("@rootlab/sim").then((sim) => Promise.all([sim.loadLabBuilder(), sim.loadCommandGroups()])),
  ]).then(([v]) => v));

export function ExerciseForm({ labs, kinds, lessons, initial, cohorts }: FormProps) {
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftOf(initial.document) : { ...emptyDraft(labs[0]?.id), checks: [{ ...newCheck(), spec: freshSpec(kinds, "address") }] }));
  const [validation, setValidation] = useState<Validation>({ state: "idle" });
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);
  const [trial, setTrial] = useState<{ exercise: ParsedExercise; solutions: StudioSolution[]; n: number } | undefined>();
  const [topologyOpen, setTopologyOpen] = useState(true);
  const [preview, setPreview] = useState(false);
  const lessonSet = useMemo(() => new Set(lessons), [lessons]);
  const run = useRef(0);

  const validateNow = async (d: Draft): Promise<AuthoredIssue[]> => {
    const mine = ++run.current;
    setValidation({ state: "checking" });
    const { validateAuthored } = await loadValidator();
    const issues = validateAuthored(documentOf(d), { lessons: lessonSet });
    if (mine === run.current) setValidation({ state: "done", issues });
    return issues;
  };

  // Live: validated again after each pause in typing.
  useEffect(() => {
    const t = setTimeout(() => void validateNow(draft), VALIDATE_AFTER_MS);
    return () => clearTimeout(t);
  }, [draft]); // eslint-disable-line react-hooks/exhaustive-deps

  const issues = validation.state === "done" ? validation.issues : [];
  const issuesAt = (field: string) => issues.filter((i) => fieldOf(i) === field).map((i) => (i.line ? `line ${i.line}: ${i.message}` : i.message));
  /** a check's issues that no field of it shows: about the check as a whole (a proof), its spec as a whole, its weight... */
  const checkIssues = (i: number) => {
    const shown = new Set(["id", "title", "failMessage", "hint"].map((f) => `checks.${i}.${f}`));
    return issues
      .filter((x) => {
        const f = fieldOf(x);
        if (f !== `checks.${i}` && !f.startsWith(`checks.${i}.`)) return false;
        if (shown.has(f)) return false;
        // a field of the spec is shown by SpecFields; the spec as a whole is not
        return !(f.startsWith(`checks.${i}.spec.`) && f.split(".").length > 3);
      })
      .map((x) => x.message);
  };

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateCheck = (i: number, patch: Partial<DraftCheck>) => setDraft((d) => ({ ...d, checks: d.checks.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const updateWrong = (i: number, patch: Partial<DraftWrong>) => setDraft((d) => ({ ...d, wrong: d.wrong.map((w, j) => (j === i ? { ...w, ...patch } : w)) }));

  const onValidate = async () => {
    const found = await validateNow(draft);
    setStatus(found.length === 0 ? HOLDS : `${found.length} issue${found.length === 1 ? "" : "s"} to fix: see the list above the form.`);
  };

  const onSave = async () => {
    setSaving(true);
    setStatus("Saving…");
    try {
      const found = await validateNow(draft);
      if (found.length) {
        setStatus(`Not saved: ${found.length} issue${found.length === 1 ? "" : "s"} to fix first.`);
        return;
      }
      const res = await fetch(initial ? `/api/studio/exercises/${initial.id}` : "/api/studio/exercises", {
        method: initial ? "PUT" : "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(documentOf(draft)),
      });
      const body = (await res.json().catch(() => ({}))) as { exercise?: { id: string }; error?: string; issues?: AuthoredIssue[] };
      if (!res.ok) {
        if (body.issues) setValidation({ state: "done", issues: body.issues });
        setStatus(`Not saved: ${body.error ?? `HTTP ${res.status}`}`);
        return;
      }
      if (!initial && body.exercise) {
        window.location.assign(`/teach/studio/exercises/${body.exercise.id}?saved=1`);
        return;
      }
      setStatus("Saved.");
    } catch (e) {
      setStatus(`Not saved: ${(e as Error).message}`);
    } finally {
      setSaving(false);
    }
  };

  useEffect(() => {
    if (new URLSearchParams(window.location.search).get("saved") === "1") setStatus("Saved. Assign it to a cohort below, or try it.");
  }, []);

  const tryDraft = async () => {
    const content = await import("@rootlab/content");
    const doc = documentOf(draft);
    const t = content.parseExerciseTemplate(doc.exercise);
    if (!t.ok) {
      setStatus("The exercise itself has issues to fix before it can run (see the list).");
      return;
    }
    const exercise = content.instantiateExercise(t.value);
    const sol = doc.solutions as { reference: string[]; wrong: { name: string; lines: string[]; fails: string[] }[] };
    setTrial((old) => ({
      exercise,
      solutions: [
        ...(sol.reference.length ? [{ name: "Reference", lines: sol.reference }] : []),
        ...sol.wrong.map((w, i) => ({ name: `Wrong: ${w.name || `solution ${i + 1}`}`, lines: w.lines, fails: w.fails })),
      ],
      n: (old?.n ?? 0) + 1,
    }));
  };

  const lab = labs.find((l) => l.id === draft.lab);
  const checkIds = draft.checks.map((c) => c.id.trim()).filter(Boolean);

  return (
    <div className="studio-form">
      <section aria-labelledby="validation-title" className="validation" data-testid="validation">
        <h2 id="validation-title">Validation</h2>
        <p role="status" data-testid="validation-state">
          {validation.state === "checking"
            ? "Checking the draft by the rules of content:check…"
            : validation.state === "done"
              ? issues.length === 0
                ? HOLDS
                : `${issues.length} issue${issues.length === 1 ? "" : "s"}:`
              : "The draft is checked as you type."}
        </p>
        {issues.length ? (
          <ul className="issue-list">
            {issues.map((i, k) => (
              <li key={k}>
                <a href={`#${fieldId(fieldOf(i))}`}>{issueLabel(i, draft)}</a>: {i.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="actions">
          <button type="button" className="button" onClick={() => void onValidate()}>
            Validate
          </button>
          <button type="button" className="button button--primary" onClick={() => void onSave()} disabled={saving}>
            {initial ? "Save changes" : "Save exercise"}
          </button>
          <span className="save-state" aria-live="polite" data-testid="form-status">
            {status}
          </span>
        </div>
      </section>

      <form className="form" onSubmit={(e) => e.preventDefault()} aria-label="Exercise" noValidate>
        <Field id="title" label="Exercise title" help="Short and imperative: what the learner will do." errors={issuesAt("title")}>
          {(a) => <input {...a} value={draft.title} onChange={(e) => update({ title: e.target.value })} maxLength={200} />}
        </Field>

        <Field id="lab" label="Lab" help={lab ? `${lab.title}: ${lab.description}` : undefined} errors={issuesAt("lab")}>
          {(a) => (
            <select {...a} value={draft.lab} onChange={(e) => update({ lab: e.target.value })}>
              {labs.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.id} — {l.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        {lab ? <TopologyPicture facts={lab.facts} open={topologyOpen} onToggle={setTopologyOpen} /> : null}

        <Field
          id="lesson"
          label="Lesson text"
          help="Markdown: **bold**, `code`, lists, links to https:// pages or /lessons/<slug>. ```sh blocks are commands the learner types (each must exist in the simulation). No HTML."
          errors={issuesAt("lesson")}
        >
          {(a) => <textarea {...a} rows={10} value={draft.lesson} onChange={(e) => update({ lesson: e.target.value })} spellCheck />}
        </Field>
        <label className="field--check">
          <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} /> Show the lesson text as learners see it
        </label>
        {preview ? (
          <section aria-label="Preview of the lesson text" className="prose preview" data-testid="lesson-preview">
            <SafeMarkdown text={draft.lesson} />
          </section>
        ) : null}

        <Field id="setup" label="Setup commands" help="One command line a line, run before the learner starts (@host command for another host). Optional." errors={issuesAt("setup")}>
          {(a) => <textarea {...a} rows={3} value={draft.setup} onChange={(e) => update({ setup: e.target.value })} spellCheck={false} className="mono" />}
        </Field>

        <Field id="tasks" label="Tasks" help="One step a line, in Markdown." errors={issuesAt("tasks")}>
          {(a) => <textarea {...a} rows={3} value={draft.tasks} onChange={(e) => update({ tasks: e.target.value })} />}
        </Field>

        <fieldset id={fieldId("checks")} className="checks-fieldset">
          <legend>Checks</legend>
          <p className="field-help">What is graded: each check is one of the grader&apos;s kinds. A guard holds on an untouched lab (what must not be broken) and earns nothing alone.</p>
          {issuesAt("checks").map((m, k) => (
            <p key={k} className="form-error">
              {m}
            </p>
          ))}
          {draft.checks.map((c, i) => (
            <fieldset key={c.key} id={fieldId(`checks.${i}`)} className="check-fieldset" data-testid={`check-${i}`}>
              <legend>Check {i + 1}</legend>
              <Field id={`checks.${i}.id`} label="Id" help="lower-case words joined by hyphens; wrong solutions name it" errors={issuesAt(`checks.${i}.id`)}>
                {(a) => <input {...a} value={c.id} onChange={(e) => updateCheck(i, { id: e.target.value })} spellCheck={false} />}
              </Field>
              <Field id={`checks.${i}.title`} label="Title" help="what is checked, as the learner reads it" errors={issuesAt(`checks.${i}.title`)}>
                {(a) => <input {...a} value={c.title} onChange={(e) => updateCheck(i, { title: e.target.value })} />}
              </Field>
              <SpecFields kinds={kinds} value={c.spec} field={`checks.${i}.spec`} issues={issuesAt} onChange={(spec) => updateCheck(i, { spec })} />
              <Field id={`checks.${i}.failMessage`} label="When it fails" help="what is missing, in the learner's terms" errors={issuesAt(`checks.${i}.failMessage`)}>
                {(a) => <input {...a} value={c.failMessage} onChange={(e) => updateCheck(i, { failMessage: e.target.value })} />}
              </Field>
              <Field id={`checks.${i}.hint`} label="Hint (optional)" help="a nudge towards the fix, without the answer" errors={issuesAt(`checks.${i}.hint`)}>
                {(a) => <input {...a} value={c.hint} onChange={(e) => updateCheck(i, { hint: e.target.value })} />}
              </Field>
              <label className="field--check">
                <input type="checkbox" checked={c.guard} onChange={(e) => updateCheck(i, { guard: e.target.checked })} /> Guard (holds on an untouched lab)
              </label>
              {checkIssues(i).map((m, k) => (
                  <p key={k} className="form-error">
                    {m}
                  </p>
                ))}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setDraft((d) => ({ ...d, checks: d.checks.filter((_, j) => j !== i) }))}
                disabled={draft.checks.length === 1}
              >
                Remove check {i + 1}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button--small" onClick={() => setDraft((d) => ({ ...d, checks: [...d.checks, { ...newCheck(), spec: freshSpec(kinds, "address") }] }))}>
            Add a check
          </button>
        </fieldset>

        <Field id="hints" label="Hints" help="One hint a line, weakest first; the last nearly the answer (Markdown)." errors={issuesAt("hints")}>
          {(a) => <textarea {...a} rows={3} value={draft.hints} onChange={(e) => update({ hints: e.target.value })} />}
        </Field>

        <Field id="reference" label="Reference solution" help="One command line a line (@host command for another host): must pass every check." errors={issuesAt("reference")}>
          {(a) => <textarea {...a} rows={4} value={draft.reference} onChange={(e) => update({ reference: e.target.value })} spellCheck={false} className="mono" />}
        </Field>

        <fieldset id={fieldId("wrong")} className="checks-fieldset">
          <legend>Wrong solutions (optional)</legend>
          <p className="field-help">Plausible mistakes, each failing exactly the checks it names: they prove the checks tell right from wrong.</p>
          {draft.wrong.map((w, i) => (
            <fieldset key={w.key} id={fieldId(`wrong.${i}`)} className="check-fieldset" data-testid={`wrong-${i}`}>
              <legend>Wrong solution {i + 1}</legend>
              <Field id={`wrong.${i}.name`} label="What mistake it makes" errors={[]}>
                {(a) => <input {...a} value={w.name} onChange={(e) => updateWrong(i, { name: e.target.value })} />}
              </Field>
              <Field id={`wrong.${i}.lines`} label="Command lines" help="One a line." errors={[]}>
                {(a) => <textarea {...a} rows={3} value={w.lines} onChange={(e) => updateWrong(i, { lines: e.target.value })} spellCheck={false} className="mono" />}
              </Field>
              <fieldset className="fails">
                <legend>Checks it must fail</legend>
                {checkIds.length === 0 ? <p className="field-help">Give the checks ids first.</p> : null}
                {checkIds.map((id) => (
                  <label key={id} className="field--check">
                    <input
                      type="checkbox"
                      checked={w.fails.includes(id)}
                      onChange={(e) => updateWrong(i, { fails: e.target.checked ? [...w.fails, id] : w.fails.filter((f) => f !== id) })}
                    />{" "}
                    {id}
                  </label>
                ))}
              </fieldset>
              {issuesAt(`wrong.${i}`).map((m, k) => (
                <p key={k} className="form-error">
                  {m}
                </p>
              ))}
              <button type="button" className="button button--quiet button--small" onClick={() => setDraft((d) => ({ ...d, wrong: d.wrong.filter((_, j) => j !== i) }))}>
                Remove wrong solution {i + 1}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button--small" onClick={() => setDraft((d) => ({ ...d, wrong: [...d.wrong, newWrong()] }))}>
            Add a wrong solution
          </button>
        </fieldset>
      </form>

      {initial && cohorts ? <AssignForm exerciseId={initial.id} cohorts={cohorts} /> : null}

      <section aria-labelledby="try-title">
        <h2 id="try-title">Try it</h2>
        <p>Run the draft in a live terminal: step through its solutions, watch its checks, record a reference solution.</p>
        <button type="button" className="button" onClick={() => void tryDraft()}>
          {trial ? "Restart with the draft as it is now" : "Try this draft"}
        </button>
        {trial ? (
          <StudioLab
            key={trial.n}
            exercise={trial.exercise}
            solutions={trial.solutions}
            onRecorded={(lines) => {
              update({ reference: lines.join("\n") });
              setStatus(`The reference solution is now the ${lines.length} recorded line${lines.length === 1 ? "" : "s"}.`);
            }}
          />
        ) : null}
      </section>
    </div>
  );
}

const HOLDS = "The exercise holds: an empty attempt scores 0, the reference solution scores 1, and each wrong solution fails exactly the checks it names.";

/** A labelled control with its help and its issues, wired for assistive technology. */
function Field({
  id,
  label,
  help,
  errors,
  children,
}: {
  id: string;
  label: string;
  help?: string;
  errors: string[];
  children: (a: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const elId = fieldId(id);
  const describedBy = [help ? `${elId}-help` : "", errors.length ? `${elId}-err` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={elId}>{label}</label>
      {children({ id: elId, "aria-describedby": describedBy, ...(errors.length ? { "aria-invalid": true as const } : {}) })}
      {help ? (
        <small id={`${elId}-help`} className="field-help">
          {help}
        </small>
      ) : null}
      {errors.length ? (
        <span id={`${elId}-err`} className="form-error field-error">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}

function AssignForm({ exerciseId, cohorts }: { exerciseId: string; cohorts: { id: string; title: string; assigned: boolean }[] }) {
  const [cohortId, setCohortId] = useState(cohorts[0]?.id ?? "");
  const [dueAt, setDueAt] = useState("");
  const [status, setStatus] = useState("");
  if (cohorts.length === 0)
    return (
      <section aria-labelledby="assign-title">
        <h2 id="assign-title">Assign</h2>
        <p>
          You have no cohort yet: <a href="/teach">create one</a>, then come back to assign this exercise.
        </p>
      </section>
    );
  const assign = async () => {
    setStatus("Assigning…");
    const res = await fetch(`/api/studio/exercises/${exerciseId}/assignments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cohortId, dueAt: dueAt || undefined }),
    });
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    const title = cohorts.find((c) => c.id === cohortId)?.title;
    setStatus(res.ok ? `Assigned to ${title}.` : `Not assigned: ${body.error ?? `HTTP ${res.status}`}`);
  };
  return (
    <section aria-labelledby="assign-title">
      <h2 id="assign-title">Assign to a cohort</h2>
      <div className="form form--inline">
        <label>
          Cohort
          <select value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
                {c.assigned ? " (assigned)" : ""}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due (optional)
          <input type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        </label>
        <button type="button" className="button button--primary" onClick={() => void assign()}>
          Assign
        </button>
        <span role="status" data-testid="assign-status">
          {status}
        </span>
      </div>
    </section>
  );
}
