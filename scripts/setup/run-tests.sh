#!/usr/bin/env bash
# `npm test`: lint, type-check, then the three test groups one after another (fast unit tests, the
# ingest end to end, the built site in Chromium), so no two heavy steps share the two cores. Every
# step runs even when one before it failed; the last line is a plain "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p test-results
rm -f test-results/vitest-*.json
failed_steps=()

step() {
  local name="$1"
  shift
  echo "── ${name}"
  "$@" || failed_steps+=("$name")
}

step lint npm run --silent lint
step typecheck npm run --silent typecheck
bash scripts/setup/ensure-test-tools.sh || failed_steps+=("test tools")
for project in unit ingest browser; do
  step "$project tests" npx vitest run --project "$project" --reporter=default --reporter=json --outputFile.json="test-results/vitest-${project}.json"
done

FAILED_STEPS="$(IFS=,; echo "${failed_steps[*]:-}")" node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const project of ["unit", "ingest", "browser"]) {
    try {
      const r = JSON.parse(fs.readFileSync(`test-results/vitest-${project}.json`, "utf8"));
      passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
      // A file that failed to load counts as a failure even though no test in it ran.
      failed += r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
    } catch { failed += 1; }
  }
  // Lint and type-check count as one test each.
  const steps = (process.env.FAILED_STEPS || "").split(",").filter(Boolean);
  const checks = ["lint", "typecheck"];
  passed += checks.filter((c) => !steps.includes(c)).length;
  failed += checks.filter((c) => steps.includes(c)).length;
  if (steps.length) console.log(`failed steps: ${steps.join(", ")}`);
  console.log(`tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
'
[ "${#failed_steps[@]}" -eq 0 ]
