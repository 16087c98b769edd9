#!/usr/bin/env bash
# Runs every test of the repository: restore (NuGet + the pinned Pact engine from npm), build (which
# regenerates the client when the spec changed), all NUnit suites. Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
export PACT_DO_NOT_TRACK=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export SNAPSHOOTER_STRICT_MODE="${SNAPSHOOTER_STRICT_MODE:-${CI:+true}}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >/dev/null
fi

dotnet build AtlasContract.sln -c Release -nologo -clp:ErrorsOnly -warnaserror

mkdir -p artifacts
log=$(mktemp)
status=0
dotnet test AtlasContract.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

# One closing line over all suites, summed from each suite's summary line.
awk '/(Passed|Failed)! +- +Failed: /{
    for (i = 1; i <= NF; i++) { v = $(i+1); gsub(",", "", v)
      if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v } }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log" | tee artifacts/test-summary.txt
rm -f "$log"
exit $status
