/** GET /api/me/cohorts: the cohorts the viewer has joined, with their assignments. */
import { myCohorts } from "../../../../server/cohorts.js";
import { handleGet } from "../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleGet(req, async (v) => Response.json({ cohorts: await myCohorts(v) }));
