import type { Metadata } from "next";
import Link from "next/link";
import type { ParsedExercise } from "@rootlab/content";
import { TranscriptReplay } from "@/components/teach/TranscriptReplay";
import { authoredExerciseFor } from "@/server/authored-exercises";
import { managedCohort } from "@/server/cohorts";
import { learnerHistory } from "@/server/learner-history";
import { forPage, pageViewer } from "@/server/page-viewer";

export const metadata: Metadata = { title: "Learner" };
export const dynamic = "force-dynamic";

export default async function LearnerPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const { id, userId } = await params;
  const path = `/teach/${id}/learners/${userId}`;
  const viewer = await pageViewer(path);
  const { learner, attempts } = await forPage(path, async () => {
    await managedCohort(viewer, id);
    return learnerHistory(viewer, userId);
  });
  // exercises written in the studio are not in the course package: the replay gets them from here
  const authored = new Map<string, ParsedExercise | undefined>();
  for (const a of attempts)
    if (a.exerciseId.startsWith("studio-") && !authored.has(a.exerciseId)) authored.set(a.exerciseId, await authoredExerciseFor(a.exerciseId, viewer.id, a.variant));
  return (
    <main id="main" className="wide" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/teach/${id}`}>Cohort</Link>
      </nav>
      <h1>{learner.name}</h1>
      {attempts.length === 0 ? <p>No attempts yet.</p> : null}
      <ol className="history">
        {attempts.map((a) => (
          <li key={a.id} data-passed={a.passed}>
            <strong>{a.exerciseId}</strong> · {a.createdAt.replace("T", " ").slice(0, 16)} UTC · score {Math.round(a.score * 100)}%{" "}
            {a.passed ? "· passed" : ""}
            <ul>
              {a.results.map((r) => (
                <li key={r.id}>
                  {r.passed ? "✓" : "✗"} {r.title}
                </li>
              ))}
            </ul>
            <TranscriptReplay exerciseId={a.exerciseId} entries={a.entries} variant={a.variant} exercise={authored.get(a.exerciseId)} />
          </li>
        ))}
      </ol>
    </main>
  );
}
