/**
 * Lab snapshots, made when the site is built: `/lab-snapshots/<lab>-<seed>`
 * is the JSON document of that lab freshly created and booted
 * (`labSnapshot` from @rootlab/sim), so that a lesson page restores its lab
 * instead of building and booting it in the browser (lab/restore.ts). One
 * per lab and seed an exercise of the course uses, and every lab at seed 1
 * (the studio's default). Static: prerendered by `next build`, served as a
 * file; the page names its own in a preload (lessons/[slug]/page.tsx).
 */
import { labSnapshotKey, listExercises } from "@rootlab/content";
import { labSnapshot, listLabs } from "@rootlab/sim";

export const dynamic = "force-static";
export const dynamicParams = false;

function snapshotKeys(): Map<string, { lab: string; seed: number }> {
  const keys = new Map<string, { lab: string; seed: number }>();
  for (const lab of listLabs()) keys.set(labSnapshotKey({ lab: lab.id, seed: 1 }), { lab: lab.id, seed: 1 });
  for (const ex of listExercises()) keys.set(labSnapshotKey(ex), { lab: ex.lab, seed: ex.seed });
  return keys;
}

export function generateStaticParams(): { key: string }[] {
  return [...snapshotKeys().keys()].map((key) => ({ key }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  const found = snapshotKeys().get(key);
  if (!found) return new Response("no such lab snapshot\n", { status: 404 });
  return Response.json(labSnapshot(found.lab, found.seed));
}
