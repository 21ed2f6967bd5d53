#!/usr/bin/env bash
# The whole test suite: system packages, build, typecheck, lint, then every vitest tier
# (unit, integration with real SQLite/HTTP/PTYs/CUPS, e2e in Debian's Chromium), and last the scan of
# every log the run kept for personal data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
npm run build
npm run typecheck
npm run lint
rm -rf test-output/logs
npx vitest run
node --import tsx tests/e2e/scan-logs.ts test-output/logs
