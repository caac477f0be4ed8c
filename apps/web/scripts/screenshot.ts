/**
 * docs/screenshot.png for the README: the first lesson at 1366x768 with a few
 * commands typed into the terminal and the exercise checked.
 *
 *   npx tsx apps/web/scripts/screenshot.ts [--build]
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium";
import { ensureBuild, startServer, webDir } from "./local-server";

const LINES = ["ip addr add 192.168.1.11/24 dev eth0 label eth0:1", "ifconfig eth0:0 192.168.1.20 netmask 255.255.255.0 up", "ip addr show dev eth0"];

async function main(): Promise<void> {
  ensureBuild(process.argv.includes("--build"));
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
    // Keep the screenshot free of a real attempt in the database.
    await page.route("**/api/attempts", (r) => r.fulfill({ status: 201, json: { attempt: { id: "screenshot", score: 0.5, results: [] } } }));
    await page.goto(`${server.url}/lessons/two-addresses-one-nic`);
    await page.waitForFunction(() => window.__rootlabReady !== undefined);
    const focusTerminal = () => page.evaluate(() => document.querySelector<HTMLElement>(".xterm-helper-textarea")?.focus({ preventScroll: true }));
    await focusTerminal();
    for (const line of LINES) {
      await page.keyboard.type(line);
      await page.keyboard.press("Enter");
    }
    await page.getByRole("button", { name: /^Check/ }).click();
    await page.locator(".results").waitFor();
    await focusTerminal();
    await page.locator(".lab").evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(300);
    const out = join(webDir, "docs/screenshot.png");
    mkdirSync(join(webDir, "docs"), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
