/**
 * End-to-end tests: a production build (`next build`, run before the tests:
 * see `npm run test:e2e`) served by `next start` on a free port, driven in
 * Debian's Chromium (`scripts/ensure-chromium.sh` installs it).
 */
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium";

// Chosen once in the runner; workers inherit the environment, so they agree on the port.
process.env.ROOTLAB_E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const port = Number(process.env.ROOTLAB_E2E_PORT);
// A fresh SQLite database per run, migrated and seeded with the demo accounts before the server starts.
const e2eDb = `file:${join(tmpdir(), `rootlab-e2e-${port}.db`)}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `rm -f ${e2eDb.slice(5)} && bash ../../scripts/db-deploy.sh >/dev/null && npx tsx src/server/demo-seed.ts && npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: e2eDb },
  },
});
