/** GET /api/cohorts/:id/matrix.csv: the progress matrix, one row per learner and exercise. */
import { matrixCsv } from "../../../../../server/csv.js";
import { csvResponse, handleGet, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => csvResponse(await matrixCsv(v, id), `cohort-${id}-progress.csv`));
};
