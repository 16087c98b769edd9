# Shared by the benchmark scripts (source it): install the tool as users get it, and time a command.
# install_tool DIR: packs the pointer package and this machine's Native AOT package with a fresh version and
# installs them with `dotnet tool install --tool-path DIR` (prints what was installed).
install_tool() {
  local tools=$1 packages version rid
  packages=$(mktemp -d)
  version="0.0.0-bench.$(date +%s)"   # a fresh version: never a package cached by an earlier run
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  dotnet pack generator/AtlasContract.Cli -c Release -p:Version="$version" -o "$packages" -nologo -v q >/dev/null
  dotnet pack generator/AtlasContract.Cli -c Release -r "$rid" -p:Version="$version" -o "$packages" -nologo -v q >/dev/null
  dotnet tool install AtlasContract.Cli --version "$version" --tool-path "$tools" --add-source "$packages" >/dev/null
  rm -rf "$packages"
  echo "installed: $(readlink -f "$tools/atlas-contract" | sed "s|$tools/||") ($(file -bL "$tools/atlas-contract" | cut -d, -f1))"
}

# measure NAME RUNS COMMAND...: median wall time and peak RSS of RUNS cold runs (/usr/bin/time), one line.
measure() {
  local name=$1 runs=$2; shift 2
  local times=() mems=() out
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$bench/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$bench/time.txt")
    times+=("${out% *}"); mems+=("${out#* }")
  done
  python3 - "$name" "${times[*]}" "${mems[*]}" <<'PY'
import statistics, sys
t = [float(x) for x in sys.argv[2].split()]; m = [int(x) for x in sys.argv[3].split()]
print(f"{sys.argv[1]:<28} median {statistics.median(t):.2f} s (min {min(t):.2f}, max {max(t):.2f}), peak RSS median {statistics.median(m)/1024:.0f} MB, {len(t)} runs")
PY
}
