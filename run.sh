#!/usr/bin/env bash
# Runs Helsefellesskap on SQLite with the demo data at http://localhost:5000. Everything it writes stays
# under ./data: the database, uploaded and generated files, and e-mails (as .eml files in ./data/mail).
set -euo pipefail
cd "$(dirname "$0")"
export Database__ConnectionString="${Database__ConnectionString:-Data Source=$PWD/data/helsefellesskap.db}"
export Files__Root="${Files__Root:-$PWD/data/files}"
export Email__PickupFolder="${Email__PickupFolder:-$PWD/data/mail}"
exec dotnet run --project src/Helsefellesskap.Web --launch-profile demo "$@"
