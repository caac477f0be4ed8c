/** POST /api/studio/validate { lesson, exercise, solutions }: every issue of a draft, by the rules of content:check. Instructors. */
import { DOCUMENT_BODY, validateDraft } from "../../../../server/authored-exercises.js";
import { handlePost } from "../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = (req: Request) => handlePost(req, async (v, body) => Response.json(validateDraft(v, body)), DOCUMENT_BODY);
