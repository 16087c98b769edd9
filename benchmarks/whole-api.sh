#!/usr/bin/env bash
# The whole-API job: every operation of a real Atlas spec, sliced into one contract per tag (all of one API surface:
# one shared model set), generated with the shared codegen defaults (generator/codegen/atlas.nswag + atlas.transform.json, what `add --operation` uses) and
# compiled with warnings as errors against the client. Prints operations generated and compiled, the slice,
# generation and build times, and the size of the generated code. No C# is written by hand. Every public generated
# member must carry XML docs (CS1591 is an error, as in the client), and the codegen refuses an empty doc element.
#   benchmarks/whole-api.sh [FULL_SPEC] [TAG_LIMIT]     (default: the newest spec in ../shared/atlas, every tag)
# CI runs it on a sample (TAG_LIMIT); exit 1 when any operation failed to generate or compile.
set -euo pipefail
cd "$(dirname "$0")/.."
spec="${1:-$(ls ../shared/atlas/atlas-admin-v2.*.yaml | sort | tail -1)}"
limit="${2:-0}"
work="$PWD/artifacts/whole-api"
rm -rf "$work"; mkdir -p "$work/spec" "$work/gen" "$work/obj" "$work/build"
dotnet build generator/AtlasContract.Cli -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet build generator/AtlasContract.Codegen -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
cli="generator/AtlasContract.Cli/bin/Release/net10.0/AtlasContract.Cli"
codegen="$PWD/generator/AtlasContract.Codegen/bin/Release/net10.0/AtlasContract.Codegen.dll"
nswag="$(find ~/.nuget/packages/nswag.msbuild/ -path '*/tools/Net100/dotnet-nswag.dll' | sort | tail -1)"
now() { date +%s.%N; }

s=$(now)
"$cli" slice "$spec" --by-tag "$work/spec" > "$work/slice.log"
slice_s=$(echo "$(now) - $s" | bc)
ls "$work/spec"/*.yaml | sort > "$work/fragments"
if [ "$limit" -gt 0 ]; then head -n "$limit" "$work/fragments" > "$work/f2"; mv "$work/f2" "$work/fragments"; fi

# One model set for the whole API, as the client has one per API surface: every tag is a contract of the surface
# "Whole" (namespace AtlasContract.Client.WholeModels for the models, AtlasContract.Client.Whole.{tag} for each client:
# side by side as the client's V2 and its contracts' namespaces are; a tag named like a schema, e.g.
# ClusterOutageSimulation, still reads the model from inside its own namespace).
models="$work/gen/Whole.Models.g.cs"
items="$work/obj/contracts.items"
while read -r f; do
  tag="$(basename "$f" .yaml)"
  echo "$tag|$f|$PWD/generator/codegen/atlas.nswag|$PWD/generator/codegen/atlas.transform.json|$work/gen/$tag.g.cs|Atlas${tag}Client|AtlasContract.Client.Whole.$tag|Whole|$models|AtlasContract.Client.WholeModels"
done < "$work/fragments" > "$items"
batch() { # the effective NSwag settings of one tag, with literal paths so one NSwag process runs many
  local tag="$1" batch="$work/batch$(( $(cksum <<< "$1" | cut -d' ' -f1) % 2 ))"
  sed -e "s#\$(Input)#$work/obj/$tag.json#; s#\$(Output)#$work/obj/$tag.g.cs#; s#\$(Templates)#$root/generator/codegen/Templates#" "$work/obj/$tag.nswag" > "$batch/$tag.nswag"
}
nswag_batch() { # every .nswag of a folder in one NSwag process; when one fails, the rest one by one (to name each failure)
  (cd "$1" && dotnet "$nswag" run > run.log 2>&1) && return 0
  for doc in "$1"/*.nswag; do
    local tag; tag="$(basename "$doc" .nswag)"
    [ -s "$work/obj/$tag.g.cs" ] && continue
    dotnet "$nswag" run "$doc" > "$work/obj/$tag.nswag.log" 2>&1 || echo "fail $tag $(dotnet "$codegen" explain "$tag" "$work/spec/$tag.yaml" "$work/obj/$tag.nswag.log" | tail -1)"
  done
}
export -f batch nswag_batch; export codegen nswag work root="$PWD"
mkdir -p "$work/batch0" "$work/batch1"
s=$(now)
tags() { while read -r f; do basename "$f" .yaml; done < "$work/fragments"; }
if dotnet "$codegen" prepare "$items" "$models" "$work/obj" > "$work/prepare.log" 2>&1; then
  tags | xargs -I{} bash -c 'batch "$@"' _ {}
  printf '%s\n' "$work/batch0" "$work/batch1" | xargs -P 2 -I{} bash -c 'nswag_batch "$@"' _ {} > "$work/generate.log"
  if dotnet "$codegen" finish "$items" "$models" "$work/obj" "$work/gen" > "$work/finish.log" 2>&1; then
    tags | sed 's/^/ok /' >> "$work/generate.log"
  else
    tags | sed "s#^\(.*\)#fail \1 finish: $(tail -1 "$work/finish.log" | tr '#&' '  ')#" >> "$work/generate.log"
  fi
else
  tags | sed "s#^\(.*\)#fail \1 prepare: $(tail -1 "$work/prepare.log" | tr '#&' '  ')#" > "$work/generate.log"
fi
grep -c 'generated as' "$work/prepare.log" | sed 's/^/schemas renamed for a real clash: /' || true
gen_s=$(echo "$(now) - $s" | bc)

cat > "$work/build/WholeApi.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- as in src/: every public generated member must carry XML docs (CS1591 is an error) -->
    <NoWarn>$(NoWarn.Replace('CS1591', ''))</NoWarn>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="../gen/*.g.cs" />
    <ProjectReference Include="../../../src/AtlasContract.Client/AtlasContract.Client.csproj" AdditionalProperties="AtlasGenerate=false;TargetFramework=net10.0" />
  </ItemGroup>
</Project>
PROJ
dotnet build src/AtlasContract.Client -c Release -f net10.0 -nologo -v:q -clp:ErrorsOnly -p:AtlasGenerate=false >/dev/null
s=$(now)
build_rc=0
dotnet build "$work/build/WholeApi.csproj" -c Release -nologo -v:q -clp:ErrorsOnly -warnaserror > "$work/build.log" 2>&1 || build_rc=$?
build_s=$(echo "$(now) - $s" | bc)

python3 - "$work" "$spec" "$slice_s" "$gen_s" "$build_s" "$build_rc" <<'PY'
import os, re, sys, glob
work, spec, slice_s, gen_s, build_s, rc = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:6]), int(sys.argv[6])
ops = {}
for line in open(f"{work}/slice.log"):
    m = re.match(r"wrote .*/(\w+)\.yaml: (\d+) operations", line)
    if m: ops[m.group(1)] = int(m.group(2))
chosen = [os.path.basename(f.strip())[:-5] for f in open(f"{work}/fragments")]
results = {}
for l in open(f"{work}/generate.log"):
    tag = l.split()[1]
    if not results.get(tag, "").startswith("fail"): results[tag] = l
generated = [t for t in chosen if results.get(t, "").startswith("ok ")]
broken = set(re.findall(r"/gen/(\w+)\.g\.cs\(", open(f"{work}/build.log").read()))
compiled = generated if rc == 0 else [t for t in generated if t not in broken] if broken else []
files = glob.glob(f"{work}/gen/*.g.cs")  # the clients and the one model file
size = sum(os.path.getsize(f) for f in files); lines = sum(sum(1 for _ in open(f)) for f in files)
total = sum(ops.get(t, 0) for t in chosen)
print(f"spec: {spec} ({sum(ops.values())} operations in {len(ops)} tags; this run: {total} operations in {len(chosen)} tags)")
print(f"operations generated: {sum(ops[t] for t in generated)} of {total} ({len(generated)} of {len(chosen)} tags)")
print(f"operations compiled (warnings as errors): {sum(ops[t] for t in compiled)} of {total}")
print(f"slice {slice_s:.1f} s, generation {gen_s:.1f} s (2 parallel), build {build_s:.1f} s; generation + build {gen_s + build_s:.1f} s (target < 300 s for the whole API)")
print(f"generated code: {len(files)} files, {lines:,} lines, {size / 1e6:.1f} MB")
for t in chosen:
    if t not in generated: print("  not generated:", results.get(t, "missing " + t).strip())
for t in sorted(broken): print("  did not compile:", t, "(first errors in artifacts/whole-api/build.log)")
sys.exit(0 if len(compiled) == len(chosen) else 1)
PY
