#!/usr/bin/env bash
# Applies pending migrations to the database DATABASE_URL names (the default:
# SQLite at <repo root>/.data/rootlab.db). PostgreSQL in production:
#   DATABASE_URL=postgresql://USER:PASS@HOST:5432/DB npm run db:deploy
# prisma.config.ts picks prisma/migrations or prisma/postgres/migrations.
# On PostgreSQL the CLI lingers ~10 s after its work (a timer inside the
# WebAssembly schema engine); the migration is done when it prints so.
set -euo pipefail
source "$(dirname "$0")/db-env.sh"
"$PRISMA" migrate deploy
