/**
 * A code chunk the page loads later (a lazy component's), loaded so that a
 * lost connection cannot take the page down: when the import fails it is
 * tried again once the browser says it is back online, or after `retryMs`
 * (a failure that was not the network), at most `attempts` times. Meanwhile
 * the component's Suspense fallback shows. React.lazy remembers a rejected
 * import for good, and an error thrown while rendering replaces the whole
 * page with "This page couldn't load" (a learner offline loses the lab).
 */
export function importWhenOnline<T>(
  load: () => Promise<T>,
  opts: { events?: EventTarget; retryMs?: number; attempts?: number } = {},
): Promise<T> {
  const events = opts.events ?? (typeof window === "undefined" ? undefined : window);
  const retryMs = opts.retryMs ?? 10_000;
  const attempts = opts.attempts ?? 20;
  const attempt = (left: number): Promise<T> =>
    load().catch((error: unknown) => {
      if (left <= 1 || !events) throw error;
      return new Promise<void>((resolve) => {
        const again = () => {
          clearTimeout(timer);
          events.removeEventListener("online", again);
          resolve();
        };
        const timer = setTimeout(again, retryMs);
        events.addEventListener("online", again);
      }).then(() => attempt(left - 1));
    });
  return attempt(attempts);
}
