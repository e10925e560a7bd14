#!/usr/bin/env bash
# A flood of random API keys against the Release API on a seeded private cluster: what each flooding request costs the
# database (transactions committed per request, from pg_stat_database) and how a legitimate keyed client's median
# latency moves while the flood runs, in interleaved rounds (quiet, flood, quiet, flood, ...).
#   bench/key-flood.sh [ROUNDS] [SECONDS]   (default: 3 rounds of 10 s; needs wrk)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds=${1:-3}
seconds=${2:-10}
. bench/lib/private-cluster.sh
bench_private_cluster flood 55497
dotnet $seeding seed --documents seeds >/dev/null
key=$(dotnet $seeding keys create --name legitimate --scopes export 2>/dev/null)
psql="psql -qtA -h 127.0.0.1 -p $CATALOGUE_PG_PORT -U postgres -d bench"
slug=$($psql -c "SELECT slug FROM films ORDER BY id LIMIT 1")

api=$PWD/src/Catalogue.Api/bin/Release/net10.0
ASPNETCORE_URLS=http://127.0.0.1:5097 dotnet "$api/Catalogue.Api.dll" --contentRoot "$api" >"$work/api.log" 2>&1 &
api_pid=$!
until curl -fs http://127.0.0.1:5097/health/ready >/dev/null; do
  kill -0 "$api_pid" 2>/dev/null || { echo "the API did not start:"; cat "$work/api.log"; exit 1; }
  sleep 0.2
done

cat >"$work/random-key.lua" <<'LUA'
math.randomseed(os.time())
request = function()
  local key = string.format("ck_%08x%08x%08x%08x", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
  return wrk.format("GET", "/v1/films", { ["X-Api-Key"] = key })
end
LUA

# The legitimate client: one request at a time for SECONDS, its median latency in milliseconds.
legitimate() {
  python3 - "$key" "$slug" "$seconds" <<'PY'
import http.client, statistics, sys, time
key, slug, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
connection = http.client.HTTPConnection("127.0.0.1", 5097)
times, end = [], time.time() + seconds
while time.time() < end:
    start = time.perf_counter()
    connection.request("GET", f"/v1/films/{slug}", headers={"X-Api-Key": key})
    response = connection.getresponse(); response.read()
    if response.status == 200: times.append((time.perf_counter() - start) * 1000)
    time.sleep(0.02)
print(f"{statistics.median(times):.2f} {len(times)}")
PY
}

xacts() { $psql -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'bench'"; }

echo "round | quiet median ms | flood median ms | ratio | flood req/s | db transactions per flood request"
for round in $(seq 1 "$rounds"); do
  read -r quiet _ < <(legitimate)
  before=$(xacts)
  wrk -t2 -c32 -d"${seconds}s" -s "$work/random-key.lua" http://127.0.0.1:5097 >"$work/wrk.txt" 2>&1 &
  wrk_pid=$!
  sleep 1
  read -r flooded _ < <(legitimate)
  wait "$wrk_pid"
  after=$(xacts)
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  # The legitimate client's own requests and this script's queries are transactions too; they are counted against the flood.
  echo "$round | $quiet | $flooded | $(python3 -c "print(f'{$flooded/$quiet:.2f}')") | $rate | $(python3 -c "print(f'{($after-$before)/$requests:.4f}')")"
done
