/** POST /api/attempts: submit a transcript; the server replays and grades it (see server/attempts.ts). */
import { errorResponse } from "../../../server/api-error.js";
import { MAX_BODY_BYTES } from "../../../server/attempt-input.js";
import { submitAttempt } from "../../../server/attempts.js";
import { readJsonBody } from "../../../server/request-body.js";
import { assertSameOrigin } from "../../../server/same-origin.js";
import { viewerFromHeaders } from "../../../server/viewer.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    // anonymous when there is no session cookie: then no session lookup either
    const viewer = request.headers.get("cookie")?.includes("session_token") ? await viewerFromHeaders(request.headers) : null;
    const { created, attempt } = await submitAttempt(body, { userId: viewer?.id ?? null });
    return Response.json({ attempt }, { status: created ? 201 : 200 });
  } catch (e) {
    return errorResponse(e);
  }
}
