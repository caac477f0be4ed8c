/** POST /api/cohorts/join { code }: join a cohort as the signed-in learner. */
import { joinCohort } from "../../../../server/cohorts.js";
import { handlePost } from "../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = (req: Request) => handlePost(req, async (v, body) => Response.json({ cohort: await joinCohort(v, body) }));
