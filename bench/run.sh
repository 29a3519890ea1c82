#!/usr/bin/env bash
# Builds the web app and the benchmark in Release, then runs a scenario:
#   meetings (default): cold start, the SSU body page under load and issue 4's targets on a seeded meeting of 15 items
#                       (the meeting page under load, the notice PDF and the meeting book);
#   deviations:         issue 5's targets with 1,000,000 deviation reports, on SQLite and on PostgreSQL (a throw-away
#                       cluster started here as ./test.sh does; it needs PostgreSQL from Debian's packages);
#   feeds:              the Atom feed (from the output cache and built afresh) and a community's sitemap, anonymous;
#   public:             issue 6's page target: the public meeting page (anonymous, output cache warm) against nginx serving
#                       the same page as a static file, both loaded by wrk (-t2 -c64) in one run, on SQLite and PostgreSQL;
#                       installs Debian's wrk and nginx if missing (nginx runs on a loopback port with a temporary config).
#   search:             issue 6's search p95 over 100,000 search documents (--documents N), on SQLite and on PostgreSQL.
# Usage: bench/run.sh [--seconds N] [--scenario meetings|deviations|feeds|public|search] [--reports N] [--large-share F]
#                     [--dashboard PATH] [--documents N]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$repo/src/Helsefellesskap.Web"
bench="$repo/bench/Helsefellesskap.Bench"

if [[ " $* " == *" public "* ]]; then
  for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
    fi
  done
  export PATH="$PATH:/usr/sbin"
fi

if [[ " $* " == *" deviations "* || " $* " == *" public "* || " $* " == *" search "* ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  pg_dir=$(mktemp -d /tmp/hf-bench-pg.XXXXXX)
  pg_port=54339
  while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  cleanup() {
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  }
  trap cleanup EXIT
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" \
    -l "$pg_dir/log" -w start >/dev/null
  export HF_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port"
fi

dotnet build "$web" -c Release --nologo -v quiet
dotnet build "$bench" -c Release --nologo -v quiet

dotnet "$bench/bin/Release/net10.0/Helsefellesskap.Bench.dll" \
  "$web/bin/Release/net10.0/Helsefellesskap.Web.dll" \
  --content-root "$web" \
  "$@"
