import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AuthForm } from "@/components/account/AuthForm";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Create an account</h1>
      <p>Your progress so far in this browser moves to the account; your instructor can then see it.</p>
      <Suspense>
        <AuthForm mode="signup" />
      </Suspense>
      <p>
        Already have one? <Link href="/signin">Sign in</Link>.
      </p>
    </main>
  );
}
