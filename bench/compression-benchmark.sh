#!/usr/bin/env bash
# CPU cost of the API's response compression: saves a film detail, a list page and the OpenAPI document from the Release
# API on a seeded private cluster, then times each content coding on them (bench/compression-cost.cs).
#   bench/compression-benchmark.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/private-cluster.sh
bench_private_cluster compression 55495
dotnet $seeding seed --documents seeds >/dev/null
slug=$(psql -qtA -h 127.0.0.1 -p "$CATALOGUE_PG_PORT" -U postgres -d bench -c "SELECT slug FROM films ORDER BY id LIMIT 1")
api=$PWD/src/Catalogue.Api/bin/Release/net10.0
ASPNETCORE_URLS=http://127.0.0.1:5095 dotnet "$api/Catalogue.Api.dll" --contentRoot "$api" >"$work/api.log" 2>&1 &
api_pid=$!
until curl -fs http://127.0.0.1:5095/health/ready >/dev/null; do
  kill -0 "$api_pid" 2>/dev/null || { echo "the API did not start:"; cat "$work/api.log"; exit 1; }
  sleep 0.2
done
curl -fs "http://127.0.0.1:5095/v1/films/$slug?include=provenance" -o "$work/film-detail-with-provenance.json"
curl -fs "http://127.0.0.1:5095/v1/films/$slug" -o "$work/film-detail.json"
curl -fs "http://127.0.0.1:5095/v1/films?limit=50" -o "$work/film-list.json"
curl -fs "http://127.0.0.1:5095/swagger/v1/swagger.json" -o "$work/openapi.json"
dotnet run bench/compression-cost.cs -- "$work"/film-detail.json "$work"/film-detail-with-provenance.json "$work"/film-list.json "$work"/openapi.json
