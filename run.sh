#!/usr/bin/env bash
# Runs Helsefellesskap on SQLite (./data/helsefellesskap.db) with the demo data at http://localhost:5000.
set -euo pipefail
cd "$(dirname "$0")"
export Database__ConnectionString="${Database__ConnectionString:-Data Source=$PWD/data/helsefellesskap.db}"
exec dotnet run --project src/Helsefellesskap.Web --launch-profile demo "$@"
