#!/usr/bin/env bash
# Runs every test project: unit, integration (SQLite and PostgreSQL) and browser tests.
# Installs what it needs from Debian's packages (PostgreSQL, Chromium), starts a throw-away
# PostgreSQL cluster on a free local port, and removes it afterwards.
# Ends with one line over all projects: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

install_if_missing() { # $1 = command or path that proves the package is there, $2.. = packages
  local probe=$1; shift
  if ! command -v "$probe" >/dev/null 2>&1 && [ ! -x "$probe" ]; then
    echo "Installing $* …"
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_if_missing "$(pg_bin)/initdb" postgresql
install_if_missing /usr/bin/chromium chromium fonts-dejavu-core

PG_BIN=$(pg_bin)
PG_DIR=$(mktemp -d /tmp/hf-pg.XXXXXX)
RESULTS=$(mktemp -d /tmp/hf-results.XXXXXX)
PG_PORT=54329
while (echo >"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$RESULTS"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -l "$PG_DIR/log" -w start >/dev/null
export HF_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
export HF_CHROMIUM=/usr/bin/chromium
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT; Chromium at $HF_CHROMIUM"

dotnet build Helsefellesskap.slnx -c Release -warnaserror -nologo -v quiet

status=0
for project in tests/*/; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$RESULTS/$name.trx" --logger "console;verbosity=normal" || status=1
done

passed=0; failed=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f))
done
projects=$(ls tests | wc -l); reports=$(ls "$RESULTS"/*.trx 2>/dev/null | wc -l)
if [ "$reports" -lt "$projects" ]; then
  echo "Only $reports of $projects test projects reported results."
  status=1
  failed=$((failed + projects - reports))
fi
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit "$status"
