/** POST /api/cohorts/:id/assignments { lessonSlug, dueAt? }: assign a lesson (again: change its due date). */
import { assignLesson } from "../../../../../server/cohorts.js";
import { handlePost, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handlePost(req, async (v, body) =>
    Response.json({ assignment: await assignLesson(v, { ...(body as object), cohortId: id }) }, { status: 201 }),
  );
};
