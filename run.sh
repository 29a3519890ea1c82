#!/usr/bin/env bash
# Runs Helsefellesskap on SQLite (./data) with the demo data at http://localhost:5000.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/Helsefellesskap.Web --launch-profile demo "$@"
