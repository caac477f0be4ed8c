# Sourced by the db-*.sh scripts: run the Prisma CLI offline and quietly.
# Prisma 6.19.3 uses its bundled WebAssembly engines (prisma.config.ts sets
# engine "js"); the engine variables point at an empty file so that nothing
# tries to download a native engine from a host these machines can't reach.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-$PWD/prisma/no-engine}"
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$PWD/prisma/no-engine}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
export CHECKPOINT_DISABLE=1
PRISMA="$PWD/node_modules/.bin/prisma"
TSX="$PWD/node_modules/.bin/tsx"
