#!/usr/bin/env node
// The headless simulator for authors and tests; the TypeScript source runs through tsx.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
