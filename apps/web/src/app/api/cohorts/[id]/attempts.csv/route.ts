/** GET /api/cohorts/:id/attempts.csv: every attempt of the cohort's learners at its exercises. */
import { attemptsCsv } from "../../../../../server/csv.js";
import { csvResponse, handleGet, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => csvResponse(await attemptsCsv(v, id), `cohort-${id}-attempts.csv`));
};
