#!/usr/bin/env bash
# The long fuzz run (issue 10): every hostile family of the fuzz suite with many more cases (default 2,500 per
# family, ~32,000 in all), in process, each under a watchdog. Prints cases, crashes, hangs, the worst time and
# peak memory; exits 1 on any crash or hang.
#   benchmarks/fuzz-long.sh [cases-per-family] [seed] [hang-seconds] [family,...]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/FuzzLongRun -c Release -nologo -clp:ErrorsOnly -warnaserror >/dev/null
exec dotnet benchmarks/FuzzLongRun/bin/Release/net10.0/FuzzLongRun.dll "$@"
