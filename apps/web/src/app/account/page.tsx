import type { Metadata } from "next";
import { ChangePassword } from "@/components/account/ChangePassword";
import { pageViewer } from "@/server/page-viewer";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const viewer = await pageViewer("/account");
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{viewer.name}</dd>
        <dt>Email</dt>
        <dd>{viewer.email}</dd>
        <dt>Role</dt>
        <dd>{viewer.role}</dd>
      </dl>
      <h2>Change your password</h2>
      <ChangePassword />
    </main>
  );
}
