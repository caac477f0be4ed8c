import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AuthForm } from "@/components/account/AuthForm";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Sign in</h1>
      <Suspense>
        <AuthForm mode="signin" />
      </Suspense>
      <p>
        New here? <Link href="/signup">Create an account</Link>. Lessons work without one too: your progress then stays in this
        browser, and moves to your account when you sign up.
      </p>
    </main>
  );
}
