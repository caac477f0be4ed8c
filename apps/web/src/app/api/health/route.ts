/** GET /api/health: the app is up and its database answers a trivial query. */
import { checkDatabase } from "../../../server/health.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkDatabase();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
