/**
 * What the pages (Next's bundles) and the lab engine (its own build,
 * scripts/build-engine.ts) agree on. Nothing here may import the engine's
 * code: pages import this module, and must not pull xterm or the simulation
 * into their bundles.
 */

/** the engine's folder under public/ */
export const ENGINE_DIR = "lab-engine";

/** the <meta name> that carries the engine entry's URL to the browser (root layout; lab/load-engine.ts) */
export const ENGINE_META = "rootlab-lab-engine";

/** the terminal frame's attribute asking the engine to draw the first prompt before React hydrates (lab/boot.ts) */
export const BOOT_ATTRIBUTE = "data-lab-boot";

/** What BOOT_ATTRIBUTE holds, as JSON: the first exercise's first host and its login screen (`bootAttribute` writes it, `parseBootData` reads it). */
export interface BootData {
  exerciseId: string;
  host: string;
  screen: { banner: string; prompt: string };
}

/** the terminal sits beside the lesson, in view: it takes focus as the page loads (stacked below the text, focusing it would scroll the text away) */
export const SIDE_BY_SIDE = "(min-width: 1000px)";

export function bootAttribute(data: BootData): string {
  return JSON.stringify(data);
}

/** BOOT_ATTRIBUTE's value read back; undefined when absent or not what `bootAttribute` writes (then nothing is drawn early). */
export function parseBootData(json: string | undefined): BootData | undefined {
  if (json === undefined) return undefined;
  try {
    const d = JSON.parse(json) as Partial<BootData> | null;
    const s = d?.screen;
    if (typeof d?.exerciseId !== "string" || typeof d.host !== "string" || typeof s?.banner !== "string" || typeof s.prompt !== "string") return undefined;
    return { exerciseId: d.exerciseId, host: d.host, screen: { banner: s.banner, prompt: s.prompt } };
  } catch {
    return undefined;
  }
}
