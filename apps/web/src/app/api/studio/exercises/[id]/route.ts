/** GET /api/studio/exercises/:id: one exercise with its document. PUT { lesson, exercise, solutions }: replace it, once it holds. DELETE. Its author or an admin. */
import { DOCUMENT_BODY, deleteAuthored, getAuthored, updateAuthored } from "../../../../../server/authored-exercises.js";
import { handleDelete, handleGet, handlePost, type IdParams } from "../../../../../server/route.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleGet(req, async (v) => Response.json({ exercise: await getAuthored(v, id) }));
};

export const PUT = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handlePost(req, async (v, body) => Response.json({ exercise: await updateAuthored(v, id, body) }), DOCUMENT_BODY);
};

export const DELETE = async (req: Request, { params }: IdParams) => {
  const { id } = await params;
  return handleDelete(req, async (v) => {
    await deleteAuthored(v, id);
    return new Response(null, { status: 204 });
  });
};
