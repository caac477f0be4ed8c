#!/usr/bin/env bash
# From a fresh clone to a running site: install what is missing, prepare the
# database (SQLite file by default), build, serve on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1

echo "==> preparing the database"
bash scripts/db-prepare.sh

if [ "${ROOTLAB_DEMO:-1}" != "0" ] && [[ "${DATABASE_URL:-file:}" == file:* ]]; then
  echo "==> demo accounts and cohort (ROOTLAB_DEMO=0 skips)"
  npx tsx apps/web/src/server/demo-seed.ts
fi

echo "==> building"
npm run build -w @rootlab/web

echo "==> serving on http://localhost:${PORT:-3000}"
exec npm run start -w @rootlab/web
