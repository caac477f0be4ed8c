#!/usr/bin/env node
// The headless simulator for authors and tests; the TypeScript source runs through tsx.
import { register } from "tsx/esm/api";

register();
// a reader that stops early (`| head`) closes the pipe: end quietly, as a program killed by SIGPIPE does
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
