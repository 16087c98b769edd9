#!/usr/bin/env bash
# Runs every test of the repository: restore (NuGet + the pinned Pact engine from npm), build (which
# regenerates the client when the spec changed), all NUnit suites. Ends with "N passed, N failed, N skipped",
# then one line per skipped test with its reason. With CI=true a skip fails the run: in CI everything a test
# needs (../shared beside the clone, the Pact engine) is present, so a skip means a check silently did not run.
set -euo pipefail
cd "$(dirname "$0")"
export PACT_DO_NOT_TRACK=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export SNAPSHOOTER_STRICT_MODE="${SNAPSHOOTER_STRICT_MODE:-${CI:+true}}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >/dev/null
fi

dotnet build AtlasContract.sln -c Release -nologo -clp:ErrorsOnly -warnaserror

mkdir -p artifacts
results=artifacts/test-results
rm -rf "$results"
log=$(mktemp)
status=0
dotnet test AtlasContract.sln -c Release --no-build --nologo --logger trx --results-directory "$results" 2>&1 | tee "$log" || status=$?

# One closing line over all suites, summed from each suite's summary line.
awk '/(Passed|Failed)! +- +Failed: /{
    for (i = 1; i <= NF; i++) { v = $(i+1); gsub(",", "", v)
      if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v } }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log" > artifacts/test-summary.txt
rm -f "$log"

# Each skipped test with its reason, read from the suites' TRX reports.
node -e '
  const fs = require("fs"), path = require("path");
  const decode = s => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'\''").replace(/&amp;/g, "&");
  for (const file of fs.readdirSync(process.argv[1]).filter(f => f.endsWith(".trx")).sort()) {
    const trx = fs.readFileSync(path.join(process.argv[1], file), "utf8");
    const classes = new Map([...trx.matchAll(/<UnitTest\b[^>]*\bid="([^"]*)"[^>]*>[\s\S]*?<TestMethod\b[^>]*\bclassName="([^"]*)"/g)].map(m => [m[1], m[2]]));
    for (const m of trx.matchAll(/<UnitTestResult\b([^>]*)\boutcome="NotExecuted"[^>]*?(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
      const name = decode(/\btestName="([^"]*)"/.exec(m[1])[1]), id = (/\btestId="([^"]*)"/.exec(m[1]) || [])[1];
      const reason = /<Message>([\s\S]*?)<\/Message>/.exec(m[2] || "");
      console.log(`skipped: ${classes.has(id) ? decode(classes.get(id)) + "." : ""}${name}: ${reason ? decode(reason[1]).replace(/\s+/g, " ").trim() : "(no reason given)"}`);
    }
  }' "$results" >> artifacts/test-summary.txt
cat artifacts/test-summary.txt

skipped=$(grep -c '^skipped: ' artifacts/test-summary.txt || true)
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "error: $skipped test(s) skipped in CI, where every input they need is present: a skip here is a check that did not run." | tee -a artifacts/test-summary.txt >&2
  status=1
fi
exit $status
