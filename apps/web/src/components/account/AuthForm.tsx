"use client";
/** Sign-up and sign-in forms (Better Auth's client; the server hashes and checks the password). */
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authClient } from "@/lib/auth-client";
import { moveProgressToAccount } from "@/progress/account-sync";
import { rememberSession } from "@/progress/learner";
import { browserStore } from "@/progress/store";

/** Only same-site paths: `?next=https://evil.example` must not become an open redirect. */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/dashboard";
}

export function AuthForm({ mode }: { mode: "signin" | "signup" }) {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError("");
    setBusy(true);
    const f = new FormData(e.currentTarget);
    const email = String(f.get("email") ?? "").trim();
    const password = String(f.get("password") ?? "");
    const r =
      mode === "signup"
        ? await authClient.signUp.email({ email, password, name: String(f.get("name") ?? "").trim() })
        : await authClient.signIn.email({ email, password });
    if (r.error) {
      setBusy(false);
      setError(r.error.message || r.error.statusText || "that did not work");
      return;
    }
    // the next page knows whose variant to show at once (lesson pages are static and learn the session late)
    rememberSession(browserStore(), r.data.user.id);
    await moveProgressToAccount(browserStore(), fetch);
    router.push(safeNext(params.get("next")));
    router.refresh();
  }

  return (
    <form className="form" onSubmit={submit}>
      {mode === "signup" ? (
        <label>
          Name
          <input name="name" required maxLength={80} autoComplete="name" />
        </label>
      ) : null}
      <label>
        Email
        <input name="email" type="email" required maxLength={200} autoComplete="email" />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          required
          minLength={mode === "signup" ? 10 : undefined}
          maxLength={128}
          autoComplete={mode === "signup" ? "new-password" : "current-password"}
        />
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {mode === "signup" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}
