#!/usr/bin/env bash
# Makes the database ready for `npm start` and `npm test`: both clients
# generated, and DATABASE_URL's database (SQLite by default, its .data folder
# created) migrated to the latest migration.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/db-generate.sh"
bash "$here/db-deploy.sh"
