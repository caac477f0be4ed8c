/** POST /api/attempts/claim: attach attempts this browser sent anonymously to the signed-in account. */
import { errorResponse } from "../../../../server/api-error.js";
import { claimAttempts } from "../../../../server/claim.js";
import { readJsonBody } from "../../../../server/request-body.js";
import { assertSameOrigin } from "../../../../server/same-origin.js";
import { viewerFromHeaders } from "../../../../server/viewer.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const body = await readJsonBody(request, 64 * 1024);
    const viewer = await viewerFromHeaders(request.headers);
    return Response.json(await claimAttempts(viewer, body));
  } catch (e) {
    return errorResponse(e);
  }
}
