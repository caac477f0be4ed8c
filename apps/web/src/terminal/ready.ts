/**
 * The "ready" moment the bench measures: the first prompt drawn in a
 * terminal. Recorded once per page load as a performance mark
 * (`rootlab-ready`) and as `window.__rootlabReady` (ms since navigation start).
 */
declare global {
  interface Window {
    __rootlabReady?: number;
  }
}

/** Resolves once the mark is made (at once when it was made before): work that must not delay the first prompt waits for it. */
export function markReady(): Promise<void> {
  if (typeof window === "undefined" || window.__rootlabReady !== undefined) return Promise.resolve();
  // xterm's write callback fires once the data is parsed; the DOM renderer paints on the next frame.
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (window.__rootlabReady === undefined) {
        performance.mark("rootlab-ready");
        window.__rootlabReady = performance.now();
        document.documentElement.dataset.labReady = "true";
        // for what waits for the page's first work (lib/session.ts)
        window.dispatchEvent(new Event("rootlab-ready"));
      }
      resolve();
    }),
  );
}
