import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["src/**/*.test.ts", "lessons/**/*.test.ts", "authoring/**/*.test.ts"], testTimeout: 60_000 },
});
