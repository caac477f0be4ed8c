/** POST /api/studio/exercises/:id/assignments { cohortId, dueAt? }: assign the exercise to a cohort the viewer manages (again: change its due date). */
import { assignAuthored } from "../../../../../../server/authored-exercises.js";
import { handlePost, type IdParams } from "../../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handlePost(req, async (v, body) => Response.json({ assignment: await assignAuthored(v, { ...(body as object), exerciseId: id }) }, { status: 201 }));
};
