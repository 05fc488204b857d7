#!/usr/bin/env bash
# `npm test`: the whole suite — lint (layers, format, dead code), type check, unit, integration (SQLite + a throwaway PostgreSQL,
# real HTTP), then end-to-end in Chromium. Builds the app once for the HTTP tests.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

echo "== lint: ESLint with the layer rules, Biome format check, knip"
npm run --silent lint
echo "== type check"
npx tsc --noEmit
echo "== unit tests"
npx vitest run --project unit
echo "== build"
npx next build > /tmp/reelroom-build.log 2>&1 || { cat /tmp/reelroom-build.log; exit 1; }
echo "== integration tests"
npx vitest run --project integration
echo "== end-to-end tests"
npx playwright test
