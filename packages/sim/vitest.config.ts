import { defineConfig } from "vitest/config";

export default defineConfig({
  // generous: a test that spawns the CLI or a real tool must not fail on a busy 2-core machine (budgets are `npm run bench`'s job)
  // every command group registered up front, as the package's Node entry does (commands/all.ts); registry.test.ts checks the lazy side
  // isolate: false: the core is pure and its modules keep no state a test could leave behind for another, so each worker
  // imports the simulation once rather than once per file (the suite ran in half the time: 3m51s -> under 2 min)
  test: { include: ["src/**/*.test.ts"], globals: false, testTimeout: 120_000, setupFiles: ["src/test-support/all-commands.ts"], isolate: false },
});
