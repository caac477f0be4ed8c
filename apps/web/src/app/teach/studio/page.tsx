/**
 * The studio (instructors and admins): every exercise of the course and the
 * instructor's own, worked on a live bench (components/studio/Studio.tsx),
 * and the list of exercises they wrote, to edit and assign.
 */
import { getExerciseTemplate, variantPlan } from "@rootlab/content";
import { listSolutionSources } from "@rootlab/content/solutions";
import type { ExerciseTemplate, Solutions } from "@rootlab/content";
import type { Metadata } from "next";
import Link from "next/link";
import { Studio, type StudioEntry } from "@/components/studio/Studio";
import { authoredTemplates } from "@/server/authored-exercises";
import { courseLessons } from "@/server/course-index";
import { forPage, pageViewer } from "@/server/page-viewer";

export const metadata: Metadata = { title: "Studio" };
export const dynamic = "force-dynamic";

function entryOf(t: ExerciseTemplate, group: string, solutions: Solutions | undefined, editHref?: string): StudioEntry {
  const plan = variantPlan(t);
  return {
    id: t.id,
    title: plan.exercise.title,
    group,
    plan,
    tasks: t.source.tasks,
    hints: t.source.hints ?? [],
    params: Object.fromEntries(Object.entries(t.params).map(([name, spec]) => [name, spec.description])),
    solutions,
    editHref,
  };
}

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ exercise?: string }> }) {
  const path = "/teach/studio";
  const viewer = await pageViewer(path);
  const own = await forPage(path, () => authoredTemplates(viewer));
  const { exercise } = await searchParams;
  const sources = listSolutionSources();
  const entries: StudioEntry[] = [
    ...own.map((o) => entryOf(o.template, "Your exercises", o.solutions, `/teach/studio/exercises/${o.summary.id}`)),
    ...courseLessons().flatMap((l) =>
      l.exercises.map((e) => entryOf(getExerciseTemplate(e.id)!, l.title, sources.find((s) => s.exercise === e.id))),
    ),
  ];

  return (
    <main id="main" className="wide" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teach">Teach</Link>
      </nav>
      <h1>Studio</h1>
      <p>
        Work any exercise as a learner would, watch its checks flip as solutions run, try other variants, record new solutions.{" "}
        <Link href="/teach/studio/exercises/new" className="button button--primary button--small">
          Write a new exercise
        </Link>
      </p>
      {own.length ? (
        <section aria-labelledby="own-title">
          <h2 id="own-title">Your exercises</h2>
          <ul className="cohort-list" data-testid="own-exercises">
            {own.map(({ summary: s }) => (
              <li key={s.id}>
                <Link href={`/teach/studio/exercises/${s.id}`}>{s.title}</Link> · <Link href={`/exercises/${s.exerciseId}`}>learner&apos;s page</Link> ·{" "}
                {s.cohorts.length ? `assigned to ${s.cohorts.map((c) => c.title).join(", ")}` : "not assigned"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>Bench</h2>
      <Studio entries={entries} initialId={exercise} />
    </main>
  );
}
