#!/usr/bin/env bash
# Benchmarks (they report figures and budgets; they never fail on a slow machine).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1

node scripts/bench-calibrate.mjs
echo "==> simulation"
bash content/bench/run-bundled.sh content/bench/sim-latency.ts
npx tsx packages/sim/bench/mysql.ts
npx tsx packages/sim/bench/packets.ts
npx tsx packages/sim/bench/netfilter.ts

echo "==> web (production build, Chromium)"
node scripts/bench-calibrate.mjs
bash apps/web/scripts/ensure-chromium.sh
# measure what the source builds today: a fresh production build over a migrated database
bash scripts/db-prepare.sh
npx tsx apps/web/scripts/bench-web.ts --build
