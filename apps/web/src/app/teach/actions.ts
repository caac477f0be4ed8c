"use server";
/**
 * Server actions of the instructor pages. Each reads the viewer from the
 * session, hands the raw form values to a data-access function (which
 * validates them with zod and checks authorization), then refreshes the page.
 * Next checks that an action's Origin is this site (CSRF).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ApiError } from "@/server/api-error";
import { assignAuthored, unassignAuthored } from "@/server/authored-exercises";
import { assignLesson, createCohort, joinCohort, unassignLesson } from "@/server/cohorts";
import { optionalViewer } from "@/server/page-viewer";

export type FormState = { error?: string; ok?: string } | undefined;

function message(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  console.error(e);
  return "something went wrong; try again";
}

export async function createCohortAction(_: FormState, form: FormData): Promise<FormState> {
  let id: string;
  try {
    id = (await createCohort(await optionalViewer(), { title: form.get("title") })).id;
  } catch (e) {
    return { error: message(e) };
  }
  redirect(`/teach/${id}`);
}

export async function assignAction(_: FormState, form: FormData): Promise<FormState> {
  const cohortId = String(form.get("cohortId") ?? "");
  try {
    await assignLesson(await optionalViewer(), { cohortId, lessonSlug: form.get("lessonSlug"), dueAt: form.get("dueAt") || undefined });
  } catch (e) {
    return { error: message(e) };
  }
  revalidatePath(`/teach/${cohortId}`);
  return { ok: "Assigned." };
}

export async function unassignAction(form: FormData): Promise<void> {
  const cohortId = String(form.get("cohortId") ?? "");
  await unassignLesson(await optionalViewer(), { cohortId, lessonSlug: form.get("lessonSlug") });
  revalidatePath(`/teach/${cohortId}`);
}

export async function assignExerciseAction(_: FormState, form: FormData): Promise<FormState> {
  const cohortId = String(form.get("cohortId") ?? "");
  try {
    await assignAuthored(await optionalViewer(), { cohortId, exerciseId: form.get("exerciseId"), dueAt: form.get("dueAt") || undefined });
  } catch (e) {
    return { error: message(e) };
  }
  revalidatePath(`/teach/${cohortId}`);
  return { ok: "Assigned." };
}

export async function unassignExerciseAction(form: FormData): Promise<void> {
  const cohortId = String(form.get("cohortId") ?? "");
  await unassignAuthored(await optionalViewer(), { cohortId, exerciseId: form.get("exerciseId") });
  revalidatePath(`/teach/${cohortId}`);
}

export async function joinAction(_: FormState, form: FormData): Promise<FormState> {
  try {
    await joinCohort(await optionalViewer(), { code: form.get("code") });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) redirect(`/signin?next=${encodeURIComponent(`/join/${String(form.get("code") ?? "")}`)}`);
    return { error: message(e) };
  }
  redirect("/dashboard");
}
