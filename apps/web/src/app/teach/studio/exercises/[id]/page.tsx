/** Edit an exercise written in the studio, assign it to cohorts, try it (its author or an admin). */
import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseForm } from "@/components/studio/ExerciseForm";
import { getAuthored } from "@/server/authored-exercises";
import { listTaughtCohorts } from "@/server/cohorts";
import { forPage, pageViewer } from "@/server/page-viewer";
import { exerciseFormProps } from "../form-props";

export const metadata: Metadata = { title: "Exercise" };
export const dynamic = "force-dynamic";

export default async function EditExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/teach/studio/exercises/${id}`;
  const viewer = await pageViewer(path);
  const [exercise, cohorts] = await forPage(path, () => Promise.all([getAuthored(viewer, id), listTaughtCohorts(viewer)]));
  return (
    <main id="main" className="wide" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teach/studio">Studio</Link>
      </nav>
      <h1>{exercise.title}</h1>
      <p>
        Learners of the cohorts it is assigned to solve it at <Link href={`/exercises/${exercise.exerciseId}`}>/exercises/{exercise.exerciseId}</Link>
        {exercise.cohorts.length ? <> (assigned to {exercise.cohorts.map((c) => c.title).join(", ")})</> : " (not assigned yet)"}. ·{" "}
        <Link href={`/teach/studio?exercise=${exercise.exerciseId}`}>Open on the bench</Link>
      </p>
      <ExerciseForm
        {...exerciseFormProps()}
        initial={{ id: exercise.id, document: exercise.document }}
        cohorts={cohorts.map((c) => ({ id: c.id, title: c.title, assigned: exercise.cohorts.some((a) => a.id === c.id) }))}
      />
    </main>
  );
}
