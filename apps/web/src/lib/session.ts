"use client";
/**
 * Who is signed in, for components on every page (the header's account
 * corner, a lesson's lab), without Better Auth's client in the page's first
 * load: its code is fetched once the page's first work is done (a lesson
 * page's first prompt, see terminal/ready.ts; elsewhere the load event), and
 * the hook then follows its session store as `authClient.useSession()` does.
 * Until then the session is pending, as it is while the request runs.
 */
import { useEffect, useState } from "react";

type AuthClientModule = typeof import("./auth-client");
type SessionValue = ReturnType<AuthClientModule["authClient"]["useSession"]>;
export type LazySession = Pick<SessionValue, "data" | "isPending" | "error">;

const PENDING: LazySession = { data: null, isPending: true, error: null };

let client: Promise<AuthClientModule> | undefined;

/** Better Auth's browser client, loaded once, after the page's first work. */
export function loadAuthClient(): Promise<AuthClientModule> {
  return (client ??= pageSettled().then(() => import("./auth-client")));
}

export function useLazySession(): LazySession {
  const [value, setValue] = useState<LazySession>(PENDING);
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let gone = false;
    void loadAuthClient().then(({ authClient }) => {
      if (gone) return;
      const atom = authClient.$store.atoms.session as { subscribe(listener: (v: LazySession) => void): () => void };
      unsubscribe = atom.subscribe((v) => setValue({ data: v.data, isPending: v.isPending, error: v.error }));
    });
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, []);
  return value;
}

/** A lesson page's first prompt (its lab element is in the page), else the page's load event; 3 s at most. */
function pageSettled(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 3000);
    if (window.__rootlabReady !== undefined) return resolve();
    if (document.getElementById("lab")) {
      window.addEventListener("rootlab-ready", () => resolve(), { once: true });
      return;
    }
    if (document.readyState === "complete") resolve();
    else window.addEventListener("load", () => resolve(), { once: true });
  });
}
