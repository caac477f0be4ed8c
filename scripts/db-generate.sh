#!/usr/bin/env bash
# Generates both Prisma clients (SQLite and PostgreSQL) into
# apps/web/src/generated/ (gitignored). Fails if prisma/postgres/schema.prisma
# is stale: edit prisma/schema.prisma, then `npx tsx scripts/db-derive-postgres.ts`.
set -euo pipefail
source "$(dirname "$0")/db-env.sh"
"$TSX" scripts/db-derive-postgres.ts --check
"$PRISMA" generate --schema prisma/schema.prisma
"$PRISMA" generate --schema prisma/postgres/schema.prisma
