import type { Metadata } from "next";
import Link from "next/link";
import { myCohorts } from "@/server/cohorts";
import { myProgress } from "@/server/learner-progress";
import { forPage, pageViewer } from "@/server/page-viewer";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

const STATE = { passed: "passed", "in-progress": "in progress", "not-started": "not started" } as const;

export default async function DashboardPage() {
  const viewer = await pageViewer("/dashboard");
  const [progress, cohorts] = await forPage("/dashboard", () => Promise.all([myProgress(viewer), myCohorts(viewer)]));
  const resumeTitle = progress.lessons.find((l) => l.slug === progress.resume)?.title;
  return (
    <main id="main" className="wide" tabIndex={-1}>
      <h1>Hello, {viewer.name}</h1>
      <p>
        <progress max={progress.exercisesTotal} value={progress.exercisesDone} /> {progress.exercisesDone} of {progress.exercisesTotal}{" "}
        exercises passed.{" "}
        {progress.resume ? (
          <Link className="button button--primary" href={`/lessons/${progress.resume}`}>
            Resume: {resumeTitle}
          </Link>
        ) : (
          <Link href="/certificate">Your certificate</Link>
        )}
      </p>

      <h2>Your cohorts</h2>
      {cohorts.length === 0 ? (
        <p>
          None yet. Got a code from an instructor? <Link href="/join">Join a cohort</Link>.
        </p>
      ) : null}
      {cohorts.map((c) => (
        <section key={c.id} aria-label={c.title}>
          <h3>
            {c.title} <small>with {c.instructorName}</small>
          </h3>
          {c.assignments.length === 0 && c.exercises.length === 0 ? <p>No assignments yet.</p> : null}
          <ul>
            {c.assignments.map((a) => (
              <li key={a.lessonSlug}>
                <Link href={`/lessons/${a.lessonSlug}`}>{a.lessonTitle}</Link>
                {a.dueAt ? <> · due {a.dueAt.slice(0, 10)}</> : null}
              </li>
            ))}
            {c.exercises.map((e) => (
              <li key={e.exerciseId}>
                <Link href={`/exercises/${e.exerciseId}`}>{e.title}</Link> <small>(from {c.instructorName})</small>
                {e.dueAt ? <> · due {e.dueAt.slice(0, 10)}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2>The course</h2>
      {progress.lessons.map((l) => (
        <section key={l.slug} aria-label={l.title}>
          <h3>
            <Link href={`/lessons/${l.slug}`}>{l.title}</Link> <small>{l.done}/{l.exercises.length}</small>
          </h3>
          <ul>
            {l.exercises.map((e) => (
              <li key={e.id} data-state={e.cell.state}>
                {e.title}: {STATE[e.cell.state]}
                {e.cell.attempts ? ` · best ${Math.round((e.cell.bestScore ?? 0) * 100)}% · ${e.cell.attempts} attempts` : ""}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
