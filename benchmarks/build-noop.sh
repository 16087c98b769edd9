#!/usr/bin/env bash
# Benchmark: the cost of build-time generation on a no-op build.
# Times `dotnet build` of the solution when nothing changed, with generation on (the default) and off
# (-p:AtlasGenerate=false), alternating, and prints the medians and their ratio. Target: ratio <= 1.10.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
build() { dotnet build AtlasContract.sln --no-restore -nologo -v:q -clp:ErrorsOnly "$@" >/dev/null; }
build; build -p:AtlasGenerate=false   # warm both configurations
on=(); off=()
for _ in $(seq "$runs"); do
  s=$(date +%s.%N); build; e=$(date +%s.%N); on+=("$(echo "$e - $s" | bc)")
  s=$(date +%s.%N); build -p:AtlasGenerate=false; e=$(date +%s.%N); off+=("$(echo "$e - $s" | bc)")
done
python3 - "${on[*]}" "${off[*]}" <<'PY'
import statistics, sys
on = [float(x) for x in sys.argv[1].split()]; off = [float(x) for x in sys.argv[2].split()]
m_on, m_off = statistics.median(on), statistics.median(off)
print(f"no-op build, generation on : median {m_on:.2f} s over {len(on)} runs")
print(f"no-op build, generation off: median {m_off:.2f} s over {len(off)} runs")
print(f"ratio on/off: {m_on / m_off:.3f} (target <= 1.10)")
PY
