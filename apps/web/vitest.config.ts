import { defineConfig } from "vitest/config";

// Unit tests of the DOM-free modules (storage, offline queue, key handling).
// The browser parts are covered by the Playwright tests in e2e/.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
