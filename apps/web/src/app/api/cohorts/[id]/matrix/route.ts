/** GET /api/cohorts/:id/matrix: learners × exercises. */
import { progressMatrix } from "../../../../../server/progress-matrix.js";
import { handleGet, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => Response.json(await progressMatrix(v, id)));
};
