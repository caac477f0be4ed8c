/** GET /api/studio/exercises: the exercises the viewer wrote (all for admins). POST { lesson, exercise, solutions }: store a new one, once it holds. */
import { createAuthored, DOCUMENT_BODY, listAuthored } from "../../../../server/authored-exercises.js";
import { handleGet, handlePost } from "../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleGet(req, async (v) => Response.json({ exercises: await listAuthored(v) }));
export const POST = (req: Request) => handlePost(req, async (v, body) => Response.json({ exercise: await createAuthored(v, body) }, { status: 201 }), DOCUMENT_BODY);
