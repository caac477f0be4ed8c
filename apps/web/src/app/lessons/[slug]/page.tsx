import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { preinitModule, preload, preloadModule } from "react-dom";
import { courseParts, getExerciseTemplate, labSnapshotKey, lessonSources, variantPlan } from "@rootlab/content";
import { labSnapshot } from "@rootlab/sim";
import { Workbench, type WorkbenchExercise } from "@/components/Workbench";
import { renderInlineMarkdown, renderMdx } from "@/mdx/render";
import { labEngine } from "@/server/lab-engine";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return lessonSources.map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = lessonSources.find((l) => l.slug === slug);
  if (!lesson) return {};
  const { title, summary: description } = lesson.frontmatter;
  // The image is this folder's opengraph-image.tsx; Next adds og:image and twitter:image for it.
  return {
    title,
    description,
    openGraph: { siteName: "Rootlab", type: "article", title, description, url: `/lessons/${slug}` },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = lessonSources.find((l) => l.slug === slug);
  if (!lesson) notFound();
  const fm = lesson.frontmatter;
  const part = courseParts.find((p) => p.lessons.includes(slug));

  // Each exercise as a plan for any learner's variant: the page is static, and each learner's values are drawn in
  // their browser (progress/learner.ts). Tasks and hints are rendered from the template, {{name}} and all.
  const exercises: WorkbenchExercise[] = await Promise.all(
    fm.exercises.map(async (id) => {
      const template = getExerciseTemplate(id);
      if (!template) throw new Error(`lesson ${slug}: no exercise "${id}"`);
      const source = template.source;
      const plan = variantPlan(template);
      return {
        id: template.id,
        tasks: await Promise.all(source.tasks.map((t) => renderInlineMarkdown(t))),
        hints: await Promise.all((source.hints ?? []).map((h) => renderInlineMarkdown(h))),
        plan,
        // lab and seed are the same in every variant (content/README.md): one snapshot serves every learner
        snapshot: `/lab-snapshots/${labSnapshotKey(plan.exercise)}`,
        // the login screens, in the page itself: the first prompt waits for neither the snapshot nor the simulation
        screens: labSnapshot(plan.exercise.lab, plan.exercise.seed).screens,
      };
    }),
  );

  // The lab engine, run as soon as it arrives, in parallel with the page's own scripts: it may draw the first prompt
  // before React has hydrated (server/lab-engine.ts, lab/boot.ts).
  const engine = labEngine();
  // modulepreloads first: they are fetched at high priority, async module scripts at low
  for (const href of [engine.entry, ...engine.imports]) preloadModule(href, { as: "script" });
  preinitModule(engine.entry, { as: "script" });
  // The first exercise's lab snapshot, fetched with the engine when the prompt waits for the lab (setup lines to run
  // first); otherwise the prompt comes from `screens` and the snapshot is fetched after it, off the first load.
  const first = fm.exercises[0] ? getExerciseTemplate(fm.exercises[0]) : undefined;
  if (exercises[0]?.snapshot && first && variantPlan(first).exercise.setup.length > 0) {
    preload(exercises[0].snapshot, { as: "fetch", crossOrigin: "anonymous" });
  }

  return (
    <main id="main" className="lesson-layout" tabIndex={-1}>
      <article className="lesson-text" aria-labelledby="lesson-title">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href="/">Course</Link>
          {part ? <span aria-hidden="true"> / </span> : null}
          {part ? <span>{part.title}</span> : null}
        </nav>
        <h1 id="lesson-title">{fm.title}</h1>
        <p className="lesson-meta">
          <span className="tag">{fm.topic}</span>
          <span>about {fm.minutes} minutes</span>
        </p>
        <div className="prose">{await renderMdx(lesson.body)}</div>
      </article>
      <Workbench exercises={exercises} />
    </main>
  );
}
