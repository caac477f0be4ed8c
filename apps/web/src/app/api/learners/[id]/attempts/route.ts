/** GET /api/learners/:id/attempts: a learner's attempts with transcripts (themself, their instructors, admins). */
import { learnerHistory } from "../../../../../server/learner-history.js";
import { handleGet, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => Response.json(await learnerHistory(v, id)));
};
