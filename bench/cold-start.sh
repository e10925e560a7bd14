#!/usr/bin/env bash
# Cold start: the first requests a freshly started API answers. Each run starts the published API on a free port,
# waits until /health/live answers (polled every 50 ms), then times, once each and in this order, the first
# GET /v1/films?limit=20, the first film detail and the first /v1/search; then stops the API (by its PID).
#
#   bench/cold-start.sh PUBLISH_DIR CONNECTION_STRING [RUNS=3]      e.g. a `dotnet publish -c Release` of src/Catalogue.Api
set -euo pipefail
dir=$(cd "$1" && pwd) conn=$2 runs=${3:-3}
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ms() { curl -s -o /dev/null -w '%{time_total}' "$1" | awk '{printf "%.1f", $1 * 1000}'; }
for run in $(seq 1 "$runs"); do
  p=$(port) base=
  base=http://127.0.0.1:$p
  start=$(date +%s.%N)
  env ConnectionStrings__Catalogue="$conn" RateLimits__Enabled=false ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$dir/Catalogue.Api.dll" --urls "$base" --contentRoot "$dir" > /dev/null 2>&1 &
  pid=$!
  until curl -s -o /dev/null "$base/health/live"; do
    kill -0 "$pid" 2>/dev/null || { echo "the API exited at start" >&2; exit 1; }
    sleep 0.05
  done
  up=$(python3 -c "print(round(($(date +%s.%N) - $start) * 1000))")
  list=$(ms "$base/v1/films?limit=20")
  slug=$(curl -s "$base/v1/films?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
  detail=$(ms "$base/v1/films/$slug")
  search=$(ms "$base/v1/search?q=portrait")
  again=$(ms "$base/v1/films?limit=20&sort=year")
  echo "run $run: live after ${up} ms; first list ${list} ms, first detail ${detail} ms, first search ${search} ms, a second list ${again} ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
