/** GET /api/cohorts: the cohorts the viewer teaches (all for admins). POST: create one { title }. */
import { createCohort, listTaughtCohorts } from "../../../server/cohorts.js";
import { handleGet, handlePost } from "../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleGet(req, async (v) => Response.json({ cohorts: await listTaughtCohorts(v) }));
export const POST = (req: Request) => handlePost(req, async (v, body) => Response.json({ cohort: await createCohort(v, body) }, { status: 201 }));
