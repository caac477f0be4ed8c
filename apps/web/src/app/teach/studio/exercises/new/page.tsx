/** Write a new exercise in the studio (instructors and admins). */
import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseForm } from "@/components/studio/ExerciseForm";
import { forPage, pageViewer } from "@/server/page-viewer";
import { requireInstructor } from "@/server/viewer";
import { exerciseFormProps } from "../form-props";

export const metadata: Metadata = { title: "New exercise" };
export const dynamic = "force-dynamic";

export default async function NewExercisePage() {
  const path = "/teach/studio/exercises/new";
  const viewer = await pageViewer(path);
  await forPage(path, async () => requireInstructor(viewer));
  return (
    <main id="main" className="wide" tabIndex={-1}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/teach/studio">Studio</Link>
      </nav>
      <h1>New exercise</h1>
      <ExerciseForm {...exerciseFormProps()} />
    </main>
  );
}
