/**
 * Moving a browser's anonymous progress to an account. The browser remembers
 * the clientIds of the attempts it sent before signing in (random UUIDs that
 * only it knows); on sign-in it sends them here and the ones that still belong
 * to nobody become the viewer's. An attempt already owned is never moved.
 */
import { z } from "zod";
import { ApiError } from "./api-error.js";
import { getDb } from "./db.js";
import { requireViewer, type Viewer } from "./viewer.js";

/** clientIds one claim may name (the browser keeps at most this many) */
export const MAX_CLAIM = 200;

const claimInput = z.object({ clientIds: z.array(z.uuid().transform((s) => s.toLowerCase())).max(MAX_CLAIM) });

export async function claimAttempts(viewer: Viewer | null, body: unknown): Promise<{ claimed: number }> {
  const v = requireViewer(viewer);
  const parsed = claimInput.safeParse(body);
  if (!parsed.success) throw new ApiError(400, "invalid_claim", `send { clientIds: [uuid, …] } with at most ${MAX_CLAIM} ids`);
  if (parsed.data.clientIds.length === 0) return { claimed: 0 };
  const db = await getDb();
  const r = await db.attempt.updateMany({ where: { clientId: { in: parsed.data.clientIds }, userId: null }, data: { userId: v.id } });
  return { claimed: r.count };
}
