#!/usr/bin/env bash
# Run a simulation benchmark on the code as it ships: bundled by esbuild, not
# through tsx. tsx compiles with esbuild's keep-names, which wraps every
# function definition in a call that defines its name (each closure a command
# creates pays for it); the browser runs minified code without that.
# Usage: content/bench/run-bundled.sh content/bench/sim-latency.ts [node flags...]
set -euo pipefail
cd "$(dirname "$0")/../.."
src="$1"
shift
out="content/bench/dist/$(basename "${src%.ts}").mjs"
npx esbuild "$src" --bundle --platform=node --format=esm --log-level=warning --outfile="$out" \
  --banner:js="import { createRequire as __rootlabRequire } from 'node:module'; const require = __rootlabRequire(import.meta.url);"
node "$@" "$out"
