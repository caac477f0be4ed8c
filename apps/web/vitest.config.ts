import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the DOM-free modules (storage, offline queue, key handling), and server-side
// renders of components. The browser parts are covered by the Playwright tests in e2e/.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
