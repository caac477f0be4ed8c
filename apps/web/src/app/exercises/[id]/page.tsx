/**
 * An exercise an instructor wrote in the studio, for the learners of a cohort
 * it is assigned to (and its author): the lesson text beside the same
 * Workbench as a lesson's. Its texts are data from a form: drawn by
 * SafeMarkdown (no HTML, no code), never compiled.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { preinitModule, preloadModule } from "react-dom";
import { Workbench, type WorkbenchExercise } from "@/components/Workbench";
import { SafeMarkdown } from "@/mdx/safe-markdown";
import { authoredForLearner } from "@/server/authored-exercises";
import { labEngine } from "@/server/lab-engine";
import { forPage, pageViewer } from "@/server/page-viewer";

export const metadata: Metadata = { title: "Exercise" };
export const dynamic = "force-dynamic";

export default async function AuthoredExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/exercises/${id}`;
  const viewer = await pageViewer(path);
  const page = await forPage(path, () => authoredForLearner(viewer, id));
  const source = page.plan.exercise;
  const exercises: WorkbenchExercise[] = [
    {
      id: page.exerciseId,
      tasks: source.tasks.map((t, i) => <SafeMarkdown key={i} text={t} inline />),
      hints: source.hints.map((h, i) => <SafeMarkdown key={i} text={h} inline />),
      plan: page.plan,
    },
  ];

  const engine = labEngine();
  // modulepreloads first: they are fetched at high priority, async module scripts at low
  for (const href of [engine.entry, ...engine.imports]) preloadModule(href, { as: "script" });
  preinitModule(engine.entry, { as: "script" });

  return (
    <main id="main" className="lesson-layout" tabIndex={-1}>
      <article className="lesson-text" aria-labelledby="lesson-title">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href="/dashboard">Dashboard</Link>
        </nav>
        <h1 id="lesson-title">{page.title}</h1>
        <p className="lesson-meta">
          <span className="tag">From your instructor</span>
        </p>
        <div className="prose" data-testid="authored-lesson">
          <SafeMarkdown text={page.lesson} />
        </div>
      </article>
      <Workbench exercises={exercises} userId={viewer.id} />
    </main>
  );
}
