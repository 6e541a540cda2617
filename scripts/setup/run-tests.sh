#!/usr/bin/env bash
# `npm test`: type-check, then unit and browser tests; ends with a plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p test-results
npm run --silent typecheck || { echo "tests: 0 passed, 1 failed (typecheck)"; exit 1; }
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node -e '
  const fs = require("node:fs");
  try {
    const r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
  } catch { console.log("tests: 0 passed, 1 failed (no report)"); }
'
exit $status
