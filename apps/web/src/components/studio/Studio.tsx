"use client";
/**
 * The studio's explorer (/teach/studio): pick an exercise of the course (or
 * one of your own), see its tasks, hints and parameters in the variant of any
 * seed, and work it on the bench (StudioLab): its lab, checks flipping as
 * commands run, its solutions line by line, a recorder.
 */
import { fillTemplate, instantiateSolutions, type Solutions } from "@rootlab/content";
import { applyVariant, type VariantPlan } from "@rootlab/content/variant";
import { useMemo, useState } from "react";
import { SafeMarkdown } from "@/mdx/safe-markdown";
import { type StudioSolution, StudioLab } from "./StudioLab";

export interface StudioEntry {
  id: string;
  title: string;
  /** the lesson it belongs to, or "Your exercises" */
  group: string;
  plan: VariantPlan;
  /** tasks and hints as written, `{{name}}` and all */
  tasks: string[];
  hints: string[];
  /** the parameters' descriptions, for the variant table */
  params: Record<string, string>;
  solutions: Solutions | undefined;
  /** where an instructor edits it (their own exercises) */
  editHref?: string;
}

export function Studio({ entries, initialId }: { entries: StudioEntry[]; initialId?: string }) {
  const [id, setId] = useState(entries.some((e) => e.id === initialId) ? initialId! : entries[0]?.id);
  const [seed, setSeed] = useState<number | null>(null);
  const [seedText, setSeedText] = useState("");
  const entry = entries.find((e) => e.id === id);

  const exercise = useMemo(() => (entry ? applyVariant(entry.plan, seed) : undefined), [entry, seed]);
  const solutions: StudioSolution[] = useMemo(() => {
    if (!entry?.solutions || !exercise) return [];
    const s = instantiateSolutions(entry.solutions, exercise);
    return [{ name: "Reference", lines: s.reference }, ...s.wrong.map((w) => ({ name: `Wrong: ${w.name}`, lines: w.lines, fails: w.fails }))];
  }, [entry, exercise]);

  if (!entry || !exercise) return <p>No exercise to show.</p>;
  const values = exercise.variant.values;
  const hasParams = Object.keys(entry.params).length > 0;
  const groups = [...new Set(entries.map((e) => e.group))];

  const pickSeed = (s: number | null) => {
    setSeed(s);
    setSeedText(s === null ? "" : String(s));
  };

  return (
    <div className="studio">
      <div className="form form--inline studio-pick">
        <label>
          Exercise
          <select
            value={entry.id}
            onChange={(e) => {
              setId(e.target.value);
              pickSeed(null);
            }}
          >
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {entries
                  .filter((e) => e.group === g)
                  .map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        {hasParams ? (
          <>
            <label>
              Variant seed
              <input
                inputMode="numeric"
                value={seedText}
                placeholder="default"
                onChange={(e) => setSeedText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    const n = Number(seedText);
                    pickSeed(seedText.trim() === "" ? null : Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : seed);
                  }
                }}
                aria-describedby="seed-help"
                className="seed-input"
              />
            </label>
            <button type="button" className="button" onClick={() => pickSeed(crypto.getRandomValues(new Uint32Array(1))[0])}>
              Try another seed
            </button>
            <button type="button" className="button button--quiet" onClick={() => pickSeed(null)} disabled={seed === null}>
              Default values
            </button>
            <small id="seed-help">Enter applies a seed; a learner&apos;s seed comes from their account.</small>
          </>
        ) : null}
        {entry.editHref ? (
          <a href={entry.editHref} className="button button--quiet">
            Edit this exercise
          </a>
        ) : null}
      </div>

      <div className="studio-exercise">
        <section aria-labelledby="studio-title">
          <h2 id="studio-title">{exercise.title}</h2>
          <p className="lesson-meta">
            <span className="tag">lab {exercise.lab}</span> <code className="inline-code">{exercise.id}</code>
            {hasParams ? <span data-testid="variant">{seed === null ? "default values" : `variant seed ${seed}`}</span> : null}
          </p>
          {hasParams ? (
            <table className="data-table" data-testid="variant-values">
              <caption className="visually-hidden">Parameter values of this variant</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Value</th>
                  <th scope="col">What it is</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(values).map(([name, v]) => (
                  <tr key={name}>
                    <th scope="row">
                      <code>{`{{${name}}}`}</code>
                    </th>
                    <td data-param={name}>{v}</td>
                    <td>{entry.params[name.split(".")[0]]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3>Tasks</h3>
          <ol className="tasks">
            {entry.tasks.map((t, i) => (
              <li key={i}>
                <SafeMarkdown text={fillTemplate(t, values)} inline />
              </li>
            ))}
          </ol>
          {entry.hints.length ? (
            <details>
              <summary>Hints, weakest first ({entry.hints.length})</summary>
              <ol className="hints">
                {entry.hints.map((h, i) => (
                  <li key={i}>
                    <SafeMarkdown text={fillTemplate(h, values)} inline />
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          {exercise.setup.length ? (
            <details>
              <summary>Setup ({exercise.setup.length} lines, run before the learner starts)</summary>
              <pre className="replay">{exercise.setup.join("\n")}</pre>
            </details>
          ) : null}
        </section>
        <StudioLab key={`${entry.id}:${seed}`} exercise={exercise} solutions={solutions} />
      </div>
    </div>
  );
}
