"use client";
/**
 * The header's account corner: "Sign in" for visitors; for a signed-in
 * person their name, their dashboard (and Teach for instructors) and Sign out.
 * Client-side (GET /api/auth/get-session) so that lesson pages stay static,
 * with Better Auth's client loaded after the page's first work (lib/session.ts).
 * When a session appears, the browser's anonymous progress moves to it.
 */
import Link from "next/link";
import { useEffect } from "react";
import { loadAuthClient, useLazySession } from "@/lib/session";
import { moveProgressToAccount } from "@/progress/account-sync";
import { rememberSession } from "@/progress/learner";
import { browserStore } from "@/progress/store";

export function UserMenu() {
  const { data, isPending } = useLazySession();
  const userId = data?.user.id;

  useEffect(() => {
    if (!userId) return;
    // lesson pages then start in this learner's own variant at once (progress/learner.ts)
    rememberSession(browserStore(), userId);
    void moveProgressToAccount(browserStore(), fetch);
  }, [userId]);

  if (isPending) return <nav className="user-menu" aria-label="Account" />;
  if (!data) {
    return (
      <nav className="user-menu" aria-label="Account">
        <Link href="/signin">Sign in</Link>
        <Link href="/signup" className="button button--primary button--small">
          Sign up
        </Link>
      </nav>
    );
  }
  const role = (data.user as { role?: string }).role;
  return (
    <nav className="user-menu" aria-label="Account">
      <Link href="/dashboard">Dashboard</Link>
      {role === "instructor" || role === "admin" ? <Link href="/teach">Teach</Link> : null}
      <Link href="/account" className="user-name" data-testid="user-name">
        {data.user.name}
      </Link>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={async () => {
          await (await loadAuthClient()).authClient.signOut();
          // lesson pages show the anonymous variant again at once, without waiting for the session
          rememberSession(browserStore(), null);
          window.location.assign("/");
        }}
      >
        Sign out
      </button>
    </nav>
  );
}
