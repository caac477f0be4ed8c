#!/usr/bin/env bash
# Every test: type checks, unit and integration tests of every workspace (SQLite
# and PostgreSQL), then end-to-end tests in real Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1

echo "==> database clients and a scratch SQLite database for the end-to-end tests"
bash scripts/db-generate.sh

echo "==> content: every lesson and exercise proved (npm run content:check)"
npm run content:check --silent

echo "==> type check"
npx turbo run typecheck --output-logs=errors-only

echo "==> unit and integration tests"
npx turbo run test --concurrency=1

echo "==> end-to-end tests (Chromium)"
bash apps/web/scripts/ensure-chromium.sh
npm run test:e2e -w @rootlab/web
