#!/usr/bin/env bash
# A private PostgreSQL cluster from the machine's server binaries (initdb, pg_ctl, postgres; PostgreSQL 15 or later).
#
#   db/local-postgres.sh start    initialise if needed, start, create the database, print its connection string
#   db/local-postgres.sh stop     stop the cluster
#   db/local-postgres.sh status   say whether it runs, and where
#   db/local-postgres.sh bindir   print the folder the server programs are taken from, and their major version
#
# Settings (environment):
#   CATALOGUE_PG_DIR    where data, socket and log live   (default: .data/postgres in the repository)
#   CATALOGUE_PG_PORT   TCP port on 127.0.0.1            (default: 55432)
#   CATALOGUE_PG_DB     database to create               (default: catalogue)
#   CATALOGUE_PG_FAST=1 trade durability for speed (fsync off): for throwaway test clusters
#   CATALOGUE_PG_BIN    the folder holding initdb and pg_ctl (default: found, see find_server_programs)
#   CATALOGUE_PG_SEARCH the folders to look in, as shell globs (default: the usual places on Debian/Ubuntu,
#                       Fedora, Homebrew and Postgres.app)
#   CATALOGUE_PG_LOCALE the new cluster's locale (default: C.UTF-8 where the system has it, else en_US.UTF-8)
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

minimum_version=15
default_search="/usr/lib/postgresql/*/bin /usr/pgsql-*/bin /opt/homebrew/opt/postgresql@*/bin /opt/homebrew/opt/postgresql/bin
  /usr/local/opt/postgresql@*/bin /usr/local/opt/postgresql/bin /Applications/Postgres.app/Contents/Versions/*/bin"
server_bin=""       # the folder of initdb/pg_ctl/postgres; empty: PATH
server_version=""

major_version() {  # of the pg_ctl given: "pg_ctl (PostgreSQL) 16.4 (Debian ...)" -> 16
  "$1" --version 2>/dev/null | awk '{print $3}' | grep -oE '^[0-9]+' || true
}

# Debian and Ubuntu install the server programs in /usr/lib/postgresql/<version>/bin and put only client programs on
# PATH, and Homebrew keeps a versioned formula's out of PATH too, so PATH alone misses most installs. In order:
# CATALOGUE_PG_BIN; PATH, if its pg_ctl and initdb are 15 or later; else the newest version >= 15 in the search folders.
find_server_programs() {
  if [ -n "${CATALOGUE_PG_BIN:-}" ]; then
    server_bin=$CATALOGUE_PG_BIN
    server_version=$(major_version "$server_bin/pg_ctl")
    if [ ! -x "$server_bin/pg_ctl" ] || [ ! -x "$server_bin/initdb" ] || [ -z "$server_version" ]; then
      say "CATALOGUE_PG_BIN=$server_bin holds no PostgreSQL server programs (initdb, pg_ctl)."
      exit 1
    fi
    return
  fi
  local on_path_version=""
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    on_path_version=$(major_version "$(command -v pg_ctl)")
    if [ -n "$on_path_version" ] && [ "$on_path_version" -ge "$minimum_version" ]; then
      server_bin=""
      server_version=$on_path_version
      return
    fi
  fi
  local dir version best="" best_version=0
  # shellcheck disable=SC2086 # the globs are meant to expand
  for dir in ${CATALOGUE_PG_SEARCH:-$default_search}; do
    [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ] || continue
    version=$(major_version "$dir/pg_ctl")
    [ -n "$version" ] && [ "$version" -ge "$minimum_version" ] && [ "$version" -gt "$best_version" ] || continue
    best=$dir
    best_version=$version
  done
  if [ -n "$best" ]; then
    server_bin=$best
    server_version=$best_version
    return
  fi
  if [ -n "$on_path_version" ]; then
    say "the PostgreSQL on PATH ($(command -v pg_ctl)) is version $on_path_version; the catalogue needs $minimum_version or later."
  else
    say "no PostgreSQL server programs (initdb, pg_ctl) found on PATH or in: ${CATALOGUE_PG_SEARCH:-$default_search}."
  fi
  say "Install the PostgreSQL server (README, Prerequisites), set CATALOGUE_PG_BIN to its bin folder, or use docker compose."
  exit 1
}

# A UTF-8 locale the system has, for a new cluster. Not plain C: the catalogue's search keys lower() titles in every
# script, which C does for ASCII only. glibc has C.UTF-8 (listed as C.utf8); macOS has no C.UTF-8 but en_US.UTF-8.
cluster_locale() {
  if [ -n "${CATALOGUE_PG_LOCALE:-}" ]; then echo "$CATALOGUE_PG_LOCALE"; return; fi
  local available candidate
  available=$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | tr -d '-')
  for candidate in C.UTF-8 en_US.UTF-8; do
    if echo "$available" | grep -qx "$(echo "$candidate" | tr '[:upper:]' '[:lower:]' | tr -d '-')"; then echo "$candidate"; return; fi
  done
  echo C.UTF-8   # initdb will say it is missing; the message below says what to do
}

# The path of one PostgreSQL program: from the server folder found, else PATH (psql, a client, may live elsewhere).
pg() {
  if [ -n "$server_bin" ] && [ -x "$server_bin/$1" ]; then echo "$server_bin/$1"; else command -v "$1" || echo "$1"; fi
}

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

require_binaries() {
  find_server_programs
  local missing=()
  for bin in initdb pg_ctl postgres psql; do [ -x "$(pg "$bin")" ] || missing+=("$bin"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "missing PostgreSQL programs: ${missing[*]}${server_bin:+ (in $server_bin)}. Install the PostgreSQL server and client (README, Prerequisites) or use docker compose."
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

is_running() { [ -f "$data/PG_VERSION" ] && as_server_user "$(pg pg_ctl)" -D "$data" status >/dev/null 2>&1; }

start() {
  require_binaries
  prepare_directory
  if [ ! -f "$data/PG_VERSION" ]; then
    say "initialising a cluster in $data"
    local locale
    locale=$(cluster_locale)
    if ! as_server_user "$(pg initdb)" -D "$data" -U postgres --auth=trust -E UTF8 --locale="$locale" --no-sync >/dev/null; then
      say "initdb failed (above). If it names the locale '$locale': set CATALOGUE_PG_LOCALE to a UTF-8 locale that 'locale -a' lists, e.g. en_US.UTF-8."
      exit 1
    fi
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
    if ! as_server_user "$(pg pg_ctl)" -D "$data" -l "$log" -w -t 30 -o "$options" start >/dev/null; then
      say "the server did not start; the last lines of $log:"
      tail -n 15 "$log" >&2 || true
      exit 1
    fi
    say "started on 127.0.0.1:$port (data in $data)"
  fi
  if ! "$(pg psql)" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    "$(pg psql)" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE \"$database\"" >/dev/null
  fi
  connection_string
}

stop() {
  find_server_programs
  if is_running; then
    as_server_user "$(pg pg_ctl)" -D "$data" -m fast -w stop >/dev/null
    say "stopped ($data)"
  else
    say "not running ($data)"
  fi
}

status() {
  find_server_programs
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
  bindir)
    find_server_programs
    echo "${server_bin:-$(dirname "$(command -v pg_ctl)")} $server_version"
    ;;
  *) echo "usage: $0 start|stop|status|bindir" >&2; exit 2 ;;
esac
