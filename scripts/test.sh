#!/usr/bin/env bash
# Every test: type checks, unit and integration tests of every workspace (SQLite
# and PostgreSQL), then end-to-end tests in real Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1

echo "==> database clients and a scratch SQLite database for the end-to-end tests"
bash scripts/db-generate.sh

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

# Chromium comes from apt (network, not CPU): fetched while the checks below run.
bash apps/web/scripts/ensure-chromium.sh >"$logs/chromium" 2>&1 &
chromium=$!

# Both run on one core each: side by side they take the time of the longer one.
echo "==> content: every lesson and exercise proved (npm run content:check), beside the type check"
npm run content:check --silent >"$logs/content-check" 2>&1 &
content_check=$!
echo "==> type check"
typecheck_status=0
npx turbo run typecheck --output-logs=errors-only || typecheck_status=$?
content_check_status=0
wait "$content_check" || content_check_status=$?
echo "==> content check's output"
cat "$logs/content-check"
if [ "$typecheck_status" -ne 0 ] || [ "$content_check_status" -ne 0 ]; then
  echo "content check exit $content_check_status, type check exit $typecheck_status" >&2
  exit 1
fi

echo "==> unit and integration tests"
npx turbo run test --concurrency=1

echo "==> end-to-end tests (Chromium)"
chromium_status=0
wait "$chromium" || chromium_status=$?
cat "$logs/chromium"
[ "$chromium_status" -eq 0 ] || exit "$chromium_status"
npm run test:e2e -w @rootlab/web
