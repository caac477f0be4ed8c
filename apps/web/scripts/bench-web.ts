/**
 * Web bench: on a production build served locally, in Chromium,
 *  - time from navigation start to the first prompt drawn in the lesson's
 *    terminal (`window.__rootlabReady`, see src/terminal/ready.ts), median of
 *    10 cold loads (fresh browser context each: empty cache and storage),
 *    with its p90, and the main thread's CPU time until then (Chrome's task
 *    time from the DevTools protocol: wall time is noisy on a busy machine,
 *    CPU time much less); the load average before and after;
 *  - the gzip size of the JavaScript the lesson page loads until then: every
 *    script the browser asked for before the ready mark (Resource Timing),
 *    read back from .next/static and gzipped here.
 * Beside it, interleaved load by load, the same measure on two reference pages
 * (reference-pages.ts): a blank page and xterm.js alone writing a prompt: what
 * this machine's Chromium needs before any of Rootlab's work, so the lesson's
 * figure can be read against the machine it was measured on.
 * Prints a table with budgets. Exits non-zero on errors only, not on budget misses.
 *
 *   npx tsx apps/web/scripts/bench-web.ts [--build]   (--build forces a fresh `next build`)
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, type CDPSession, chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium";
import { ENGINE_DIR } from "../src/lab/page-contract";
import { ensureBuild, startServer, webDir } from "./local-server";
import { startReferenceServer } from "./reference-pages";

const LESSON = "/lessons/two-addresses-one-nic";
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
/** loads before the measured ones: the server's first answers and Chromium's own start-up are not the page's */
const WARMUP = 1;
/** the page's performance marks (rootlab-*) shown in the report, in timeline order */
const MARKS = ["engine-evaluated", "ready", "snapshot-fetched", "lab-built"];
const READY_BUDGET_MS = 500;
const JS_BUDGET_KB = 250;

async function main(): Promise<void> {
  ensureBuild(process.argv.includes("--build"));
  const server = await startServer();
  const reference = await startReferenceServer();
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      await bench(browser, server.url, reference.url);
    } finally {
      await browser.close();
    }
  } finally {
    await reference.stop();
    await server.stop();
  }
}

interface Load {
  /** navigation start -> first prompt drawn (window.__rootlabReady), ms of wall time */
  readyMs: number;
  /** main-thread time spent in tasks until ready (CDP Performance TaskDuration), ms: less noisy than wall time on a busy machine */
  cpuMs: number;
  /** of which running script (CDP ScriptDuration), ms */
  scriptMs: number;
  /** the page's own timeline marks (engine evaluated, lab built, ready), ms since navigation start */
  marks: Record<string, number>;
}

/** reference pages (reference-pages.ts), each loaded once after every lesson load */
const REFERENCES = [
  { path: "/blank", label: "ref: blank page -> first frame" },
  { path: "/xterm", label: "ref: xterm.js alone -> prompt" },
];

async function bench(browser: Browser, origin: string, referenceOrigin: string): Promise<void> {
  const loads: Load[] = [];
  const referenceMs = REFERENCES.map(() => [] as number[]);
  let scripts: string[] = [];
  /** scripts requested until the simulation was attached (the lab-built mark) */
  let labScripts: string[] = [];
  /** scripts the HTML names: what Next calls the route's first-load JS */
  let inHtml = new Set<string>();
  const loadBefore = loadAverage();
  for (let i = 0; i < LOADS + WARMUP; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const before = metrics((await cdp.send("Performance.getMetrics")).metrics);
    const response = await page.goto(origin + LESSON);
    if (i === 0) inHtml = new Set([...(await response!.text()).matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => new URL(m[1], origin).pathname));
    const readyMs = await readyTime(cdp);
    // Task time as of the ready mark: the page stamps the mark in a frame callback, and later work is not counted.
    const after = metrics((await cdp.send("Performance.getMetrics")).metrics);
    // then the simulation attached (lines run from here on)
    await page.waitForFunction(() => performance.getEntriesByName("rootlab-lab-built").length > 0, undefined, { timeout: 30_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("rootlab-")).map((m) => [m.name.slice(8), m.startTime])),
    );
    // Scripts requested before the prompt was drawn (preloads included): what the first prompt cost in downloads.
    const scriptsUntil = (until: number) =>
      page.evaluate(
        (t) => performance.getEntriesByType("resource").filter((r) => r.startTime <= t && new URL(r.name).pathname.endsWith(".js")).map((r) => new URL(r.name).pathname),
        until,
      );
    const seen = await scriptsUntil(readyMs);
    const seenLab = await scriptsUntil(marks["lab-built"] ?? readyMs);
    if (i >= WARMUP) loads.push({ readyMs, cpuMs: (after.TaskDuration - before.TaskDuration) * 1000, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, marks });
    if (i === 0) {
      scripts = [...new Set(seen)];
      labScripts = [...new Set(seenLab)];
    }
    await context.close();
    for (const [r, ref] of REFERENCES.entries()) {
      const ms = await coldLoad(browser, referenceOrigin + ref.path);
      if (i >= WARMUP) referenceMs[r].push(ms);
    }
  }
  const loadAfter = loadAverage();
  const sizes = (paths: string[]) =>
    paths.map((path) => {
      // Next's bundles under /_next/static/, the lab engine's under /lab-engine/ (public/, scripts/build-engine.ts)
      const file = path.startsWith("/_next/static/")
        ? join(webDir, ".next", decodeURIComponent(path.slice("/_next".length)))
        : path.startsWith(`/${ENGINE_DIR}/`)
          ? join(webDir, "public", decodeURIComponent(path))
          : undefined;
      if (!file) throw new Error(`script not from the build: ${path}`);
      const bytes = readFileSync(file);
      return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
  const js = sizes(scripts);
  const labJs = sizes(labScripts);
  const gzipKb = js.reduce((s, f) => s + f.gzip, 0) / 1024;
  const initialKb = js.filter((f) => inHtml.has(f.path)).reduce((s, f) => s + f.gzip, 0) / 1024;
  const rawKb = js.reduce((s, f) => s + f.raw, 0) / 1024;
  const ready = loads.map((l) => l.readyMs);
  const cpu = loads.map((l) => l.cpuMs);
  const ms = quantile(ready, 0.5);

  console.log(`web bench: ${LESSON}, ${LOADS} cold loads in Chromium (after ${WARMUP} warm-up), production build`);
  console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after, on ${cpus().length} cores`);
  console.log("");
  console.log(row("metric", "value", "budget", "status"));
  console.log(row("-".repeat(42), "-".repeat(12), "-".repeat(10), "-".repeat(6)));
  console.log(row("navigation -> ready prompt (median)", `${ms.toFixed(0)} ms`, `≤ ${READY_BUDGET_MS} ms`, ms <= READY_BUDGET_MS ? "ok" : "OVER"));
  console.log(row("  p90 / min / max", `${quantile(ready, 0.9).toFixed(0)} / ${Math.min(...ready).toFixed(0)} / ${Math.max(...ready).toFixed(0)} ms`, "", ""));
  console.log(row("main-thread CPU until ready (median)", `${quantile(cpu, 0.5).toFixed(0)} ms`, "", ""));
  console.log(row("  p90 / of which script (median)", `${quantile(cpu, 0.9).toFixed(0)} / ${quantile(loads.map((l) => l.scriptMs), 0.5).toFixed(0)} ms`, "", ""));
  for (const [r, ref] of REFERENCES.entries()) {
    const xs = referenceMs[r];
    console.log(row(`${ref.label} (median)`, `${quantile(xs, 0.5).toFixed(0)} ms`, "", ""));
  }
  for (const name of MARKS) {
    const xs = loads.map((l) => l.marks[name]).filter((x): x is number => x !== undefined);
    if (xs.length) console.log(row(`  mark ${name} (median)`, `${quantile(xs, 0.5).toFixed(0)} ms`, "", ""));
  }
  console.log(row(`JS loaded until ready (${js.length} files, gzip)`, `${gzipKb.toFixed(1)} KB`, `≤ ${JS_BUDGET_KB} KB`, gzipKb <= JS_BUDGET_KB ? "ok" : "OVER"));
  console.log(row("  of which named in the HTML", `${initialKb.toFixed(1)} KB`, "", ""));
  console.log(row("  of which loaded after (lab: sim, xterm)", `${(gzipKb - initialKb).toFixed(1)} KB`, "", ""));
  console.log(row("  all, uncompressed", `${rawKb.toFixed(1)} KB`, "", ""));
  console.log(row(`JS until the lab runs lines (${labJs.length} files)`, `${(labJs.reduce((t, f) => t + f.gzip, 0) / 1024).toFixed(1)} KB`, "", ""));
  if (process.argv.includes("--verbose")) {
    console.log("");
    console.log(`ready ms: ${ready.map((x) => x.toFixed(0)).join(" ")}`);
    console.log(`cpu ms:   ${cpu.map((x) => x.toFixed(0)).join(" ")}`);
    for (const f of js.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB  ${f.path}`);
  }
}

/** A fresh context's navigation to `url` until its ready mark, ms. */
async function coldLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    return await readyTime(cdp);
  } finally {
    await context.close();
  }
}

/**
 * The page's ready mark, waited for with one small expression sent over the DevTools protocol. Playwright's own
 * waiting (waitForFunction, locators) first injects its utility script into the page, about 10 ms of compiling
 * on the main thread while the page is still starting, and then polls every frame: both land in what is measured.
 */
async function readyTime(cdp: CDPSession): Promise<number> {
  const expression = `new Promise((resolve, reject) => {
    if (window.__rootlabReady !== undefined) return resolve(window.__rootlabReady);
    addEventListener("rootlab-ready", () => resolve(window.__rootlabReady), { once: true });
    setTimeout(() => reject(new Error("no ready prompt within 30 s")), 30000);
  })`;
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`waiting for the ready prompt: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return Number(result.value);
}

function metrics(list: { name: string; value: number }[]): Record<string, number> {
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");
}

/** the q-quantile (nearest rank) of xs */
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

function row(a: string, b: string, c: string, d: string): string {
  return `${a.padEnd(42)} ${b.padStart(12)} ${c.padStart(10)} ${d.padStart(6)}`;
}

main().catch((e) => {
  console.error(`web bench failed: ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
});
