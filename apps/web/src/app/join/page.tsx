import type { Metadata } from "next";
import { ActionForm } from "@/components/teach/ActionForm";
import { pageViewer } from "@/server/page-viewer";
import { joinAction } from "../teach/actions";

export const metadata: Metadata = { title: "Join a cohort" };
export const dynamic = "force-dynamic";

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  await pageViewer(code ? `/join?code=${encodeURIComponent(code)}` : "/join");
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Join a cohort</h1>
      <p>Type the code your instructor gave you.</p>
      <ActionForm action={joinAction} submit="Join">
        <label>
          Join code
          <input name="code" required maxLength={40} defaultValue={typeof code === "string" ? code.slice(0, 40) : ""} autoComplete="off" />
        </label>
      </ActionForm>
    </main>
  );
}
