#!/usr/bin/env bash
# Install npm dependencies when they are missing or older than the lock file.
# Sourced by start.sh and test.sh, so that a fresh clone needs no other step.
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
