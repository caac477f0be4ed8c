/**
 * Web bench: on a production build served locally, in Chromium,
 *  - time from navigation start to the first prompt drawn in the lesson's
 *    terminal (`window.__rootlabReady`, see src/terminal/ready.ts), median of
 *    10 cold loads (fresh browser context each: empty cache and storage);
 *  - the gzip size of the JavaScript the lesson page loads until then: every
 *    script the browser fetched, read back from .next/static and gzipped here.
 * Prints a table with budgets. Exits non-zero on errors only, not on budget misses.
 *
 *   npx tsx apps/web/scripts/bench-web.ts [--build]   (--build forces a fresh `next build`)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium";
import { ensureBuild, startServer, webDir } from "./local-server";

const LESSON = "/lessons/two-addresses-one-nic";
const LOADS = 10;
const READY_BUDGET_MS = 500;
const JS_BUDGET_KB = 250;

async function main(): Promise<void> {
  ensureBuild(process.argv.includes("--build"));
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const times: number[] = [];
    let scripts: string[] = [];
    /** scripts the HTML names: what Next calls the route's first-load JS */
    let inHtml = new Set<string>();
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const seen: string[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") seen.push(new URL(r.url()).pathname);
      });
      const response = await page.goto(server.url + LESSON);
      if (i === 0) inHtml = new Set([...(await response!.text()).matchAll(/src="([^"]+\.js)"/g)].map((m) => new URL(m[1], server.url).pathname));
      const ready = await page.waitForFunction(() => window.__rootlabReady, undefined, { timeout: 30_000 });
      times.push(Number(await ready.jsonValue()));
      if (i === 0) scripts = [...new Set(seen)];
      await context.close();
    }
    const js = scripts.map((path) => {
      if (!path.startsWith("/_next/static/")) throw new Error(`script not from the build: ${path}`);
      const bytes = readFileSync(join(webDir, ".next", decodeURIComponent(path.slice("/_next".length))));
      return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
    const gzipKb = js.reduce((s, f) => s + f.gzip, 0) / 1024;
    const initialKb = js.filter((f) => inHtml.has(f.path)).reduce((s, f) => s + f.gzip, 0) / 1024;
    const rawKb = js.reduce((s, f) => s + f.raw, 0) / 1024;
    const ms = median(times);

    console.log(`web bench: ${LESSON}, ${LOADS} cold loads in Chromium, production build`);
    console.log("");
    console.log(row("metric", "value", "budget", "status"));
    console.log(row("-".repeat(42), "-".repeat(12), "-".repeat(10), "-".repeat(6)));
    console.log(row("navigation -> ready prompt (median)", `${ms.toFixed(0)} ms`, `≤ ${READY_BUDGET_MS} ms`, ms <= READY_BUDGET_MS ? "ok" : "OVER"));
    console.log(row("  min / max", `${Math.min(...times).toFixed(0)} / ${Math.max(...times).toFixed(0)} ms`, "", ""));
    console.log(row(`JS loaded until ready (${js.length} files, gzip)`, `${gzipKb.toFixed(1)} KB`, `≤ ${JS_BUDGET_KB} KB`, gzipKb <= JS_BUDGET_KB ? "ok" : "OVER"));
    console.log(row("  of which named in the HTML", `${initialKb.toFixed(1)} KB`, "", ""));
    console.log(row("  of which loaded after (lab: sim, xterm)", `${(gzipKb - initialKb).toFixed(1)} KB`, "", ""));
    console.log(row("  all, uncompressed", `${rawKb.toFixed(1)} KB`, "", ""));
    if (process.argv.includes("--verbose")) {
      console.log("");
      for (const f of js.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB  ${f.path}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function row(a: string, b: string, c: string, d: string): string {
  return `${a.padEnd(42)} ${b.padStart(12)} ${c.padStart(10)} ${d.padStart(6)}`;
}

main().catch((e) => {
  console.error(`web bench failed: ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
});
