/** POST /api/attempts: submit a transcript; the server replays and grades it (see server/attempts.ts). */
import { errorResponse } from "../../../server/api-error.js";
import { MAX_BODY_BYTES } from "../../../server/attempt-input.js";
import { submitAttempt } from "../../../server/attempts.js";
import { addressKeyOf } from "../../../server/client-address.js";
import { readJsonBody } from "../../../server/request-body.js";
import { assertSameOrigin } from "../../../server/same-origin.js";
import { sessionTokenOf } from "../../../server/session-token.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    // The session's user is looked up with the rest of what the attempt needs, in one statement (server/attempt-store.ts).
    const [sessionToken, addressKey] = await Promise.all([sessionTokenOf(request.headers), addressKeyOf(request.headers)]);
    const { created, attempt } = await submitAttempt(body, { sessionToken, addressKey });
    // no-transform: a few hundred bytes of JSON are not worth gzip's CPU on the one hot endpoint
    return Response.json({ attempt }, { status: created ? 201 : 200, headers: { "cache-control": "no-store, no-transform" } });
  } catch (e) {
    return errorResponse(e);
  }
}
