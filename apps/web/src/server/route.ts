/**
 * The shape of every authenticated route handler: find the viewer from the
 * session cookie, refuse cross-site writes, call one data-access function,
 * turn an ApiError into its JSON answer.
 */
import { errorResponse } from "./api-error.js";
import { readJsonBody } from "./request-body.js";
import { assertSameOrigin } from "./same-origin.js";
import { type Viewer, viewerFromHeaders } from "./viewer.js";

/** bytes of a JSON body for the cohort endpoints */
export const SMALL_BODY = 16 * 1024;

export async function handleGet(request: Request, f: (viewer: Viewer | null) => Promise<Response>): Promise<Response> {
  try {
    return await f(await viewerFromHeaders(request.headers));
  } catch (e) {
    return errorResponse(e);
  }
}

export async function handlePost(
  request: Request,
  f: (viewer: Viewer | null, body: unknown) => Promise<Response>,
  maxBytes: number = SMALL_BODY,
): Promise<Response> {
  try {
    assertSameOrigin(request);
    const body = await readJsonBody(request, maxBytes);
    return await f(await viewerFromHeaders(request.headers), body);
  } catch (e) {
    return errorResponse(e);
  }
}

/** A write without a body (DELETE): same-origin only, like every write. */
export async function handleDelete(request: Request, f: (viewer: Viewer | null) => Promise<Response>): Promise<Response> {
  try {
    assertSameOrigin(request);
    return await f(await viewerFromHeaders(request.headers));
  } catch (e) {
    return errorResponse(e);
  }
}

export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export type IdParams = { params: Promise<{ id: string }> };
