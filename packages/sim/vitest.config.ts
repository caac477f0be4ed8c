import { defineConfig } from "vitest/config";

export default defineConfig({
  // generous: a test that spawns the CLI or a real tool must not fail on a busy 2-core machine (budgets are `npm run bench`'s job)
  test: { include: ["src/**/*.test.ts"], globals: false, testTimeout: 120_000 },
});
