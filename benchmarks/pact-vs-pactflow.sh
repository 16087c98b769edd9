#!/usr/bin/env bash
# Benchmark: verify-pact of the committed v2 pact repeated to 3,000 and 30,000 interactions against
# spec/atlas-v2/listOrgInvites.yaml, cold process each run, side by side with PactFlow's comparator
# (`opc --oas SPEC PACT`, @pactflow/openapi-pact-comparator 2.3.1, a devDependency in package.json: `npm ci` first).
# Times the tool as users install it (as benchmarks/diff-atlas.sh does: `dotnet pack` + `dotnet pack -r <RID>`, then
# `dotnet tool install --tool-path` into a temp folder). Prints each tool's median wall time and peak RSS per size, the
# ratios, and each tool's growth from 3,000 to 30,000 interactions (10.0 is linear).
# Targets: atlas-contract at most 0.5 x the comparator's time at both sizes, peak RSS no more than the comparator's,
# growth about 10.   Usage: benchmarks/pact-vs-pactflow.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
spec=spec/atlas-v2/listOrgInvites.yaml
pact=contract-tests/pacts/AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json
opc=node_modules/.bin/opc
[ -x "$opc" ] || { echo "skipped: $opc not found (run npm ci)"; exit 0; }
bench=artifacts/bench; mkdir -p "$bench"
version="0.0.0-bench.$(date +%s)"   # a fresh version: never a package cached by an earlier run
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
packages=$(mktemp -d); tools=$(mktemp -d); trap 'rm -rf "$packages" "$tools"' EXIT
dotnet pack generator/AtlasContract.Cli -c Release -p:Version="$version" -o "$packages" -nologo -v q >/dev/null
dotnet pack generator/AtlasContract.Cli -c Release -r "$rid" -p:Version="$version" -o "$packages" -nologo -v q >/dev/null
dotnet tool install AtlasContract.Cli --version "$version" --tool-path "$tools" --add-source "$packages" >/dev/null
echo "installed: $(readlink -f "$tools/atlas-contract" | sed "s|$tools/||") ($(file -bL "$tools/atlas-contract" | cut -d, -f1)); comparator: opc $(node -p "require('./node_modules/@pactflow/openapi-pact-comparator/package.json').version")"
dotnet build-server shutdown >/dev/null 2>&1 || true   # idle MSBuild/compiler servers would compete for the 2 cores
for n in 3000 30000; do
  python3 - "$pact" "$n" "$bench/pact-$n.json" <<'PY'
import json, sys
pact = json.load(open(sys.argv[1])); base = pact["interactions"]; n = int(sys.argv[2]); out = []
for k in range(n):
    i = json.loads(json.dumps(base[k % len(base)])); i["description"] += f" #{k}"; out.append(i)
pact["interactions"] = out
json.dump(pact, open(sys.argv[3], "w"))
PY
done
measure() { # name, command...
  local name=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$bench/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$bench/time.txt")
    times+=("${out% *}"); mems+=("${out#* }")
  done
  python3 - "$name" "${times[*]}" "${mems[*]}" <<'PY'
import statistics, sys
t = [float(x) for x in sys.argv[2].split()]; m = [int(x) for x in sys.argv[3].split()]
print(f"{sys.argv[1]:<22} median {statistics.median(t):.2f} s (min {min(t):.2f}, max {max(t):.2f}), peak RSS median {statistics.median(m)/1024:.0f} MB, {len(t)} runs")
PY
}
results=()
for n in 3000 30000; do
  ours=$(measure "atlas-contract $n" "$tools/atlas-contract" verify-pact "$bench/pact-$n.json" --spec "$spec" --format json); echo "$ours"
  theirs=$(measure "opc $n" "$opc" --oas "$spec" "$bench/pact-$n.json"); echo "$theirs"
  results+=("$ours" "$theirs")
done
python3 - "${results[@]}" <<'PY'
import re, sys
def parse(s): return float(re.search(r"median ([\d.]+) s", s).group(1)), int(re.search(r"RSS median (\d+) MB", s).group(1))
(a3, am3), (o3, om3), (a30, am30), (o30, om30) = (parse(s) for s in sys.argv[1:5])
print(f"ratio atlas-contract/opc time: {a3 / o3:.2f} at 3,000, {a30 / o30:.2f} at 30,000 (target <= 0.50)")
print(f"peak RSS atlas-contract vs opc: {am3} vs {om3} MB at 3,000, {am30} vs {om30} MB at 30,000 (target: no more)")
print(f"growth 3,000 -> 30,000: atlas-contract x{a30 / a3:.1f}, opc x{o30 / o3:.1f} (10.0 is linear)")
PY
