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

export function markReady(): void {
  if (typeof window === "undefined" || window.__rootlabReady !== undefined) return;
  // xterm's write callback fires once the data is parsed; the DOM renderer paints on the next frame.
  requestAnimationFrame(() => {
    if (window.__rootlabReady !== undefined) return;
    performance.mark("rootlab-ready");
    window.__rootlabReady = performance.now();
    document.documentElement.dataset.labReady = "true";
  });
}
