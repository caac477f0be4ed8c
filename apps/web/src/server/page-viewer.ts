/**
 * The viewer of a server component: signed in, or sent to /signin and back.
 * `ApiError`s thrown by data-access functions become Next's 404 (not found
 * and not yours look the same: a cohort's existence is not disclosed) or a
 * sign-in redirect.
 */
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "./api-error.js";
import { type Viewer, viewerFromHeaders } from "./viewer.js";

export async function optionalViewer(): Promise<Viewer | null> {
  return viewerFromHeaders(await headers());
}

export async function pageViewer(path: string): Promise<Viewer> {
  const v = await optionalViewer();
  if (!v) redirect(`/signin?next=${encodeURIComponent(path)}`);
  return v;
}

/** Runs a data-access call for a page, mapping its refusals to pages. */
export async function forPage<T>(path: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ApiError) {
      if (e.status === 401) redirect(`/signin?next=${encodeURIComponent(path)}`);
      if (e.status === 403 || e.status === 404) notFound();
    }
    throw e;
  }
}
