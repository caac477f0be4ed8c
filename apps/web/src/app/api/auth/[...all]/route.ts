/** Better Auth's endpoints: /api/auth/sign-up/email, /sign-in/email, /sign-out, /change-password, /get-session… */
import { getAuth } from "../../../../server/auth.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}
