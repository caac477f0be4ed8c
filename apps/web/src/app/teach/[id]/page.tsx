import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/teach/ActionForm";
import { AnalyticsCharts } from "@/components/teach/AnalyticsCharts";
import { cohortAnalytics } from "@/server/analytics";
import { listAuthored } from "@/server/authored-exercises";
import { getCohort } from "@/server/cohorts";
import { courseLessons } from "@/server/course-index";
import { forPage, pageViewer } from "@/server/page-viewer";
import { progressMatrix, type MatrixCell } from "@/server/progress-matrix";
import { assignAction, assignExerciseAction, unassignAction, unassignExerciseAction } from "../actions";

export const metadata: Metadata = { title: "Cohort" };
export const dynamic = "force-dynamic";

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

function Cell({ c }: { c: MatrixCell }) {
  const label = c.state === "passed" ? "passed" : c.state === "in-progress" ? "in progress" : "not started";
  return (
    <td className={`cell--${c.state}${c.late ? " cell--late" : ""}`} data-state={c.state}>
      <strong>{label}</strong>
      {c.attempts > 0 ? (
        <>
          <br />
          best {pct(c.bestScore)} · {c.attempts} attempt{c.attempts === 1 ? "" : "s"}
          <br />
          <small>last {day(c.lastActivity)}</small>
        </>
      ) : null}
      {c.late ? (
        <>
          <br />
          <small className="form-error">late</small>
        </>
      ) : null}
    </td>
  );
}

export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/teach/${id}`;
  const viewer = await pageViewer(path);
  const [cohort, matrix, analytics, authored] = await forPage(path, () =>
    Promise.all([getCohort(viewer, id), progressMatrix(viewer, id), cohortAnalytics(viewer, id), listAuthored(viewer)]),
  );
  const lessons = courseLessons();
  return (
    <main id="main" className="wide" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teach">Cohorts</Link>
      </nav>
      <h1>{cohort.title}</h1>
      <p>
        Join code <span className="join-code" data-testid="join-code">{cohort.joinCode}</span> · link{" "}
        <code>/join/{cohort.joinCode}</code> · {cohort.learners} learner{cohort.learners === 1 ? "" : "s"}
      </p>

      <h2>Assignments</h2>
      {cohort.assignments.length === 0 && cohort.exercises.length === 0 ? <p>Nothing assigned: the matrix shows the whole course.</p> : null}
      <ul>
        {cohort.assignments.map((a) => (
          <li key={a.lessonSlug}>
            {a.lessonTitle} · due {day(a.dueAt)}{" "}
            <form action={unassignAction} style={{ display: "inline" }}>
              <input type="hidden" name="cohortId" value={cohort.id} />
              <input type="hidden" name="lessonSlug" value={a.lessonSlug} />
              <button type="submit" className="button button--quiet button--small">
                Remove
              </button>
            </form>
          </li>
        ))}
      </ul>
      <ActionForm action={assignAction} submit="Assign" className="form form--inline">
        <input type="hidden" name="cohortId" value={cohort.id} />
        <label>
          Lesson
          <select name="lessonSlug">
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due (optional)
          <input type="date" name="dueAt" />
        </label>
      </ActionForm>

      <h3>Exercises written in the studio</h3>
      {cohort.exercises.length === 0 ? <p>None assigned.</p> : null}
      <ul>
        {cohort.exercises.map((e) => (
          <li key={e.exerciseId}>
            <Link href={`/exercises/${e.exerciseId}`}>{e.title}</Link> · due {day(e.dueAt)}{" "}
            <form action={unassignExerciseAction} style={{ display: "inline" }}>
              <input type="hidden" name="cohortId" value={cohort.id} />
              <input type="hidden" name="exerciseId" value={e.exerciseId} />
              <button type="submit" className="button button--quiet button--small">
                Remove
              </button>
            </form>
          </li>
        ))}
      </ul>
      {authored.length ? (
        <ActionForm action={assignExerciseAction} submit="Assign exercise" className="form form--inline">
          <input type="hidden" name="cohortId" value={cohort.id} />
          <label>
            Exercise
            <select name="exerciseId">
              {authored.map((a) => (
                <option key={a.id} value={a.exerciseId}>
                  {a.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Due (optional)
            <input type="date" name="dueAt" />
          </label>
        </ActionForm>
      ) : (
        <p>
          <Link href="/teach/studio/exercises/new">Write an exercise in the studio</Link> to assign one of your own.
        </p>
      )}

      <h2>Progress</h2>
      <p>
        <a href={`/api/cohorts/${cohort.id}/matrix.csv`} download>
          Download the matrix (CSV)
        </a>{" "}
        ·{" "}
        <a href={`/api/cohorts/${cohort.id}/attempts.csv`} download>
          Download all attempts (CSV)
        </a>
      </p>
      <div className="table-scroll">
        <table className="data-table" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col">Learner</th>
              {matrix.exercises.map((e) => (
                <th scope="col" key={e.id}>
                  {e.title}
                  {e.dueAt ? <small> (due {day(e.dueAt)})</small> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.learners.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  <Link href={`/teach/${cohort.id}/learners/${l.id}`}>{l.name}</Link>
                  <br />
                  <small>{l.email}</small>
                </th>
                {matrix.exercises.map((e) => (
                  <Cell key={e.id} c={l.cells[e.id]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.learners.length === 0 ? <p>No learner has joined yet: share the join code.</p> : null}

      <h2>Where learners get stuck</h2>
      <AnalyticsCharts
        rows={analytics.map((a) => ({ exercise: a.exerciseId, passRate: Math.round((a.passRate ?? 0) * 100), medianAttempts: a.medianAttempts ?? 0 }))}
      />
      {analytics.map((a) => (
        <section key={a.exerciseId} aria-labelledby={`an-${a.exerciseId}`}>
          <h3 id={`an-${a.exerciseId}`}>{a.title}</h3>
          <p>
            {a.passed} of {a.started} who started passed ({pct(a.passRate)}) · median {a.medianAttempts ?? "—"} attempts · median time{" "}
            {a.medianTimeMs === null ? "—" : `${Math.round(a.medianTimeMs / 60_000)} min`}
          </p>
          <div className="analytics-lists">
            <div>
              <h4>Checks failed most</h4>
              <ol>
                {a.failedChecks.map((c) => (
                  <li key={c.key}>
                    {c.title} ({c.count})
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h4>Failing commands before success</h4>
              <ol>
                {a.commands.map((c) => (
                  <li key={c.key}>
                    <code>{c.key}</code> ({c.count})
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h4>Errors seen before success</h4>
              <ol>
                {a.errors.map((c) => (
                  <li key={c.key}>
                    <code>{c.key}</code> ({c.count})
                  </li>
                ))}
              </ol>
            </div>
          </div>
        </section>
      ))}
    </main>
  );
}
