#!/usr/bin/env bash
# A private PostgreSQL cluster from the machine's server binaries (initdb, pg_ctl, postgres on PATH).
#
#   db/local-postgres.sh start    initialise if needed, start, create the database, print its connection string
#   db/local-postgres.sh stop     stop the cluster
#   db/local-postgres.sh status   say whether it runs, and where
#
# Settings (environment):
#   CATALOGUE_PG_DIR    where data, socket and log live   (default: .data/postgres in the repository)
#   CATALOGUE_PG_PORT   TCP port on 127.0.0.1            (default: 55432)
#   CATALOGUE_PG_DB     database to create               (default: catalogue)
#   CATALOGUE_PG_FAST=1 trade durability for speed (fsync off): for throwaway test clusters
#
# The server refuses to run as root, so as root every server command runs as the 'postgres' OS user and
# the cluster directory is owned by it. Connection strings go to stdout; everything else to stderr.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${CATALOGUE_PG_DIR:-$repo_root/.data/postgres}
port=${CATALOGUE_PG_PORT:-55432}
database=${CATALOGUE_PG_DB:-catalogue}
data=$dir/data
log=$dir/server.log

say() { echo "local-postgres: $*" >&2; }

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

require_binaries() {
  local missing=()
  for bin in initdb pg_ctl postgres psql; do command -v "$bin" >/dev/null || missing+=("$bin"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "missing PostgreSQL programs: ${missing[*]}. Install the PostgreSQL server (Debian: apt-get install postgresql) or use docker compose."
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    say "running as root needs a 'postgres' OS user to own the server (useradd --system postgres)."
    exit 1
  fi
}

prepare_directory() {
  if [ "$(id -u)" -eq 0 ]; then
    install -d -o postgres -g postgres -m 700 "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      say "the postgres user cannot reach $dir (a parent directory is closed to it); set CATALOGUE_PG_DIR to a path under /var/tmp."
      exit 1
    fi
  else
    install -d -m 700 "$dir"
  fi
}

connection_string() {
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=postgres"
}

is_running() { [ -f "$data/PG_VERSION" ] && as_server_user pg_ctl -D "$data" status >/dev/null 2>&1; }

start() {
  require_binaries
  prepare_directory
  if [ ! -f "$data/PG_VERSION" ]; then
    say "initialising a cluster in $data"
    as_server_user initdb -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  fi
  if is_running; then
    say "already running in $dir"
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      say "port $port on 127.0.0.1 is taken by another program; choose another with CATALOGUE_PG_PORT=<port>."
      exit 1
    fi
    local options="-p $port -k $dir -c listen_addresses=127.0.0.1"
    if [ "${CATALOGUE_PG_FAST:-0}" = 1 ]; then
      options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    if ! as_server_user pg_ctl -D "$data" -l "$log" -w -t 30 -o "$options" start >/dev/null; then
      say "the server did not start; the last lines of $log:"
      tail -n 15 "$log" >&2 || true
      exit 1
    fi
    say "started on 127.0.0.1:$port (data in $data)"
  fi
  if ! psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE \"$database\"" >/dev/null
  fi
  connection_string
}

stop() {
  if is_running; then
    as_server_user pg_ctl -D "$data" -m fast -w stop >/dev/null
    say "stopped ($data)"
  else
    say "not running ($data)"
  fi
}

status() {
  if is_running; then
    say "running in $dir"
    connection_string
  else
    say "not running ($data)"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
