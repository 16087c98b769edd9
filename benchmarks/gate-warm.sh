#!/usr/bin/env bash
# Benchmark: the README's main job on a warm checkout, where users wait for it (issue 17 item 6).
# Times, cold process each run, on this repository as committed (baseline: main):
#   - the installed tool (`dotnet pack` + Native AOT package + `dotnet tool install`): `atlas-contract gate`
#   - the README's command: `dotnet run --project generator/AtlasContract.Cli -- gate` (after one warm-up build)
#   - side by side, the same installed tool forced to regenerate the client (`--no-baseline`: no currency proof),
#     which is what every run cost before the generated files carried their inputs stamps.
# Targets: installed <= 3 s, dotnet run <= 5 s.   Usage: benchmarks/gate-warm.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
bench=artifacts/bench; mkdir -p "$bench"
tools=$(mktemp -d); trap 'rm -rf "$tools"' EXIT
. benchmarks/lib.sh
install_tool "$tools"
report="$bench/gate-report"
dotnet run --project generator/AtlasContract.Cli -- gate --report-dir "$report" >/dev/null 2>&1 || true   # the warm-up build
dotnet build-server shutdown >/dev/null 2>&1 || true   # idle MSBuild/compiler servers would compete for the 2 cores
"$tools/atlas-contract" gate --report-dir "$report" | grep "generated client is current" || true
measure "installed: gate" "$runs" "$tools/atlas-contract" gate --report-dir "$report"
measure "dotnet run -- gate" "$runs" dotnet run --project generator/AtlasContract.Cli -- gate --report-dir "$report"
measure "installed: gate, regenerating" "$runs" "$tools/atlas-contract" gate --no-baseline --report-dir "$report"
echo "targets: installed <= 3 s, dotnet run <= 5 s (warm)"
