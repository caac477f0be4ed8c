/** GET /api/cohorts/:id/analytics: per-exercise pass rate, medians, where learners get stuck. */
import { cohortAnalytics } from "../../../../../server/analytics.js";
import { handleGet, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => Response.json({ exercises: await cohortAnalytics(v, id) }));
};
