#!/usr/bin/env bash
# Benchmark: whole-document diff of two real 4 MB Atlas revisions, cold process each run, as CI would run it.
# Times the tool as users install it: `dotnet pack` (pointer package) + `dotnet pack -r <this RID>` (Native AOT
# package), then `dotnet tool install --tool-path` into a temp folder, and runs the installed `atlas-contract`.
# Prints its median wall time and peak RSS and, side by side in the same run, those of `redocly diff`
# (@redocly/cli, installed into artifacts/bench on first use), and their ratio.
# Targets (issue 19): atlas-contract at most 0.10 x redocly's time, peak RSS at most 150 MB.   Usage: benchmarks/diff-atlas.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
atlas="${ATLAS_SPECS:-../shared/atlas}"
base="$atlas/atlas-admin-v2.2026-07-31.yaml"; revision="$atlas/atlas-admin-v2.2026-08-21.yaml"
[ -f "$base" ] && [ -f "$revision" ] || { echo "skipped: $atlas/atlas-admin-v2.2026-0{7-31,8-21}.yaml not found"; exit 0; }
bench=artifacts/bench; mkdir -p "$bench"
tools=$(mktemp -d); trap 'rm -rf "$tools"' EXIT
. benchmarks/lib.sh
install_tool "$tools"
dotnet build-server shutdown >/dev/null 2>&1 || true   # idle MSBuild/compiler servers would compete for the 2 cores
if [ ! -x "$bench/redocly/node_modules/.bin/redocly" ]; then
  mkdir -p "$bench/redocly" && (cd "$bench/redocly" && npm init -y >/dev/null 2>&1 && npm install --no-audit --no-fund @redocly/cli@2.77.0 >/dev/null 2>&1) 2>/dev/null || true
fi
ours=$(measure atlas-contract "$runs" "$tools/atlas-contract" diff "$base" "$revision" --format json)
echo "$ours"
if [ -x "$bench/redocly/node_modules/.bin/redocly" ]; then
  theirs=$(measure "redocly diff" "$runs" "$bench/redocly/node_modules/.bin/redocly" diff "$base" "$revision")
  echo "$theirs"
  python3 - "$ours" "$theirs" <<'PY'
import re, sys
a, b = (float(re.search(r"median ([\d.]+) s", s).group(1)) for s in sys.argv[1:3])
print(f"ratio atlas-contract/redocly: {a / b:.2f} (target <= 0.10; peak RSS <= 150 MB)")
PY
else
  echo "redocly could not be installed here; reference figure from the issue: redocly diff 1.8 s"
fi
