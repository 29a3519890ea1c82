#!/usr/bin/env bash
# Builds the web app and the benchmark in Release, then measures cold start, the SSU body page under load and
# issue 4's targets on a seeded meeting of 15 items: the meeting page under load, the notice PDF and the meeting book.
# Usage: bench/run.sh [--seconds N]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$repo/src/Helsefellesskap.Web"
bench="$repo/bench/Helsefellesskap.Bench"

dotnet build "$web" -c Release --nologo -v quiet
dotnet build "$bench" -c Release --nologo -v quiet

dotnet "$bench/bin/Release/net10.0/Helsefellesskap.Bench.dll" \
  "$web/bin/Release/net10.0/Helsefellesskap.Web.dll" \
  --content-root "$web" \
  "$@"
