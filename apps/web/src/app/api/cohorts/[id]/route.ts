/** GET /api/cohorts/:id: the cohort, its members and assignments (its instructor or an admin). */
import { getCohort } from "../../../../server/cohorts.js";
import { handleGet, type IdParams } from "../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => Response.json({ cohort: await getCohort(v, id) }));
};
