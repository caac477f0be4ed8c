import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/teach/ActionForm";
import { listTaughtCohorts } from "@/server/cohorts";
import { forPage, pageViewer } from "@/server/page-viewer";
import { createCohortAction } from "./actions";

export const metadata: Metadata = { title: "Teach" };
export const dynamic = "force-dynamic";

export default async function TeachPage() {
  const viewer = await pageViewer("/teach");
  const cohorts = await forPage("/teach", () => listTaughtCohorts(viewer));
  return (
    <main id="main" className="wide" tabIndex={-1}>
      <h1>{viewer.role === "admin" ? "All cohorts" : "Your cohorts"}</h1>
      <p>
        <Link href="/teach/studio">Studio</Link>: try every exercise of the course on a live bench, and write exercises of your own for your cohorts.
      </p>
      {cohorts.length === 0 ? <p>No cohorts yet.</p> : null}
      <ul className="cohort-list">
        {cohorts.map((c) => (
          <li key={c.id}>
            <Link href={`/teach/${c.id}`}>{c.title}</Link> · {c.learners} learner{c.learners === 1 ? "" : "s"} · join code{" "}
            <code>{c.joinCode}</code>
            {viewer.role === "admin" ? <> · {c.instructor.name}</> : null}
          </li>
        ))}
      </ul>
      <h2>New cohort</h2>
      <ActionForm action={createCohortAction} submit="Create cohort" className="form form--inline">
        <label>
          Title
          <input name="title" required maxLength={120} placeholder="Networking, spring term" />
        </label>
      </ActionForm>
    </main>
  );
}
