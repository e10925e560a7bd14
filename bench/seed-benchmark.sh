#!/usr/bin/env bash
# Seeding throughput: N synthetic documents (default 10,000) into an empty database, then a second run
# with nothing changed. Uses a private PostgreSQL cluster with default (durable) settings.
#   bench/seed-benchmark.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count=${1:-10000}
work=$(mktemp -d /tmp/catalogue-bench-XXXXXX)
chmod 755 "$work"
export CATALOGUE_PG_DIR=$work/pg CATALOGUE_PG_PORT=${CATALOGUE_PG_PORT:-55499} CATALOGUE_PG_DB=bench
cleanup() { db/local-postgres.sh stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build Catalogue.sln -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet bench/Catalogue.Bench/bin/Release/net10.0/Catalogue.Bench.dll generate --count "$count" --out "$work/documents"
ConnectionStrings__Catalogue=$(db/local-postgres.sh start)
export ConnectionStrings__Catalogue
seed() { dotnet src/Catalogue.Seeding/bin/Release/net10.0/Catalogue.Seeding.dll seed --documents "$work/documents" --report "$work/report-$1.json" >"$work/seed-$1.log"; }

dotnet src/Catalogue.Seeding/bin/Release/net10.0/Catalogue.Seeding.dll migrate >/dev/null
start=$(date +%s.%N); seed first; first=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N); seed second; second=$(echo "$(date +%s.%N) - $start" | bc)

films=$(psql "host=127.0.0.1 port=$CATALOGUE_PG_PORT dbname=bench user=postgres" -tAc "SELECT count(*) FROM films")
sources=$(psql "host=127.0.0.1 port=$CATALOGUE_PG_PORT dbname=bench user=postgres" -tAc "SELECT count(*) FROM fact_sources")
failed=$(grep -c '"fileName"' "$work/report-first.json" || true)
printf 'documents: %s (failed: %s)\nfilms: %s, fact sources: %s\nfirst run: %.1f s, %.0f documents/s\nsecond run (no change): %.1f s\n' \
  "$count" "$failed" "$films" "$sources" "$first" "$(echo "$count / $first" | bc -l)" "$second"
