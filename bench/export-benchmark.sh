#!/usr/bin/env bash
# Bulk export: time and the API's peak memory (VmHWM) exporting catalogues of different sizes, one API process each,
# so constant memory shows as the same peak whatever the size, and the body's SHA-256 so two builds can be shown to
# send the same bytes.
#   bench/export-benchmark.sh [SIZES...]   (default: 5000 50000)
# To compare builds, publish each (dotnet publish src/Catalogue.Api -c Release -o DIR) and name them in APIS: every
# size is then exported by each build in turn, ROUNDS times (default 1), alternating, on the same data.
#   APIS="before=/tmp/api-before after=/tmp/api-after" ROUNDS=2 bench/export-benchmark.sh 10000 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("${@:-5000 50000}"); [ $# -eq 0 ] && sizes=(5000 50000)
. bench/lib/private-cluster.sh
bench_private_cluster export 55498
dotnet $seeding migrate >/dev/null
key=$(dotnet $seeding keys create --name bench --scopes export 2>/dev/null)
psql="psql -q -h 127.0.0.1 -p $CATALOGUE_PG_PORT -U postgres -d bench"

for size in "${sizes[@]}"; do
  $psql -c "TRUNCATE films CASCADE" -c "
    INSERT INTO films (slug, title, year, synopsis, primary_runtime_minutes, created_at, updated_at)
    SELECT 'film-' || g, 'Film number ' || g, 1950 + g % 70, repeat('A long synopsis sentence about the film. ', 30), 60 + g % 90, now(), now()
    FROM generate_series(1, $size) g;
    INSERT INTO runtimes (film_id, minutes, version) SELECT id, primary_runtime_minutes, 'theatrical' FROM films;
    INSERT INTO film_genres (film_id, genre_id) SELECT f.id, g.id FROM films f CROSS JOIN (SELECT id FROM genres LIMIT 1) g;" 2>/dev/null
  $psql -c "INSERT INTO genres (slug, name) VALUES ('documentary', 'Documentary') ON CONFLICT DO NOTHING" 2>/dev/null
  for round in $(seq 1 "${ROUNDS:-1}"); do for entry in ${APIS:-this=$PWD/src/Catalogue.Api/bin/Release/net10.0}; do
  name=${entry%%=*} dir=${entry#*=}
  RateLimits__Enabled=false ASPNETCORE_URLS=http://127.0.0.1:5099 dotnet "$dir/Catalogue.Api.dll" \
    --contentRoot "$dir" >"$work/api.log" 2>&1 &
  api_pid=$!
  until curl -fs http://127.0.0.1:5099/health/live >/dev/null; do
    kill -0 "$api_pid" 2>/dev/null || { echo "the API did not start:"; cat "$work/api.log"; exit 1; }
    sleep 0.2
  done
  before=$(awk '/VmHWM/ {print $2}' /proc/$api_pid/status)
  start=$(date +%s.%N)
  lines=$(curl -fs -H "X-Api-Key: $key" http://127.0.0.1:5099/v1/export/films | tee "$work/export.ndjson" | wc -l)
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  bytes=$(stat -c %s "$work/export.ndjson")
  peak=$(awk '/VmHWM/ {print $2}' /proc/$api_pid/status)
  sha=$(sha256sum "$work/export.ndjson" | cut -c1-16)
  printf '%-8s films: %6d  body: %6.1f MB  time: %5.1f s (%6.0f films/s)  API peak RSS: %4d MB before, %4d MB after the export  sha256 %s\n' \
    "$name" "$lines" "$(echo "$bytes / 1048576" | bc -l)" "$seconds" "$(echo "$lines / $seconds" | bc -l)" $((before / 1024)) $((peak / 1024)) "$sha"
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=
  done; done
done
