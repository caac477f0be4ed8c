/**
 * Who is asking: the signed-in user of a request, as a plain object, or null
 * for an anonymous visitor. Every data-access function takes a Viewer and
 * decides itself what it may see; pages and routes never check roles.
 */
import { ApiError } from "./api-error.js";
import { getAuth, ROLES, type Role } from "./auth.js";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function viewerFromHeaders(headers: Headers): Promise<Viewer | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as { id: string; email: string; name: string; role?: unknown };
  const role = (ROLES as readonly unknown[]).includes(u.role) ? (u.role as Role) : "learner";
  return { id: u.id, email: u.email, name: u.name, role };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new ApiError(401, "unauthenticated", "sign in first");
  return viewer;
}

export function requireInstructor(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== "instructor" && v.role !== "admin") throw new ApiError(403, "forbidden", "only instructors and admins may do this");
  return v;
}
