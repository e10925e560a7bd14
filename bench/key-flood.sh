#!/usr/bin/env bash
# A flood of random API keys against the Release API on a seeded private cluster: how a legitimate keyed client's
# median latency moves while the flood runs, and what each flooding request costs the database (transactions
# committed or rolled back per request, from pg_stat_database), in interleaved rounds. Each round: the legitimate
# client alone; the legitimate client during a flood (which starts a second before it and ends a second after it, so
# the client is measured under the flood throughout); the flood alone, for the database's count, so that the
# legitimate client's own lookups are not charged to the flood.
#   bench/key-flood.sh [ROUNDS] [SECONDS]   (default: 3 rounds of 10 s; needs wrk)
# The legitimate key gets a budget it cannot spend (RateLimits:Key), so every one of its requests is a 200 it is timed
# on, and the client runs once unmeasured first, so the first round's quiet median is not the JIT's.
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
RateLimits__Key__PermitsPerMinute=1000000 ASPNETCORE_URLS=http://127.0.0.1:5097 \
  dotnet "$api/Catalogue.Api.dll" --contentRoot "$api" >"$work/api.log" 2>&1 &
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

# The legitimate client: one request at a time for SECONDS, its median latency in milliseconds and its 200s.
legitimate() {
  python3 - "$key" "$slug" "$seconds" <<'PY'
import http.client, statistics, sys, time
key, slug, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
connection = http.client.HTTPConnection("127.0.0.1", 5097)
times, other, end = [], 0, time.time() + seconds
while time.time() < end:
    start = time.perf_counter()
    connection.request("GET", f"/v1/films/{slug}", headers={"X-Api-Key": key})
    response = connection.getresponse(); response.read()
    if response.status == 200: times.append((time.perf_counter() - start) * 1000)
    else: other += 1
    time.sleep(0.02)
print(f"{statistics.median(times):.2f} {len(times)} {other}")
PY
}

xacts() { $psql -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'bench'"; }
flood() { wrk -t2 -c32 -d"$1s" -s "$work/random-key.lua" http://127.0.0.1:5097 >"$work/wrk.txt" 2>&1; }
requests() { awk '/requests in/ {print $1}' "$work/wrk.txt"; }
rate() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt"; }

legitimate >/dev/null
echo "round | quiet median ms | flood median ms | ratio | legitimate 200s quiet/flood | flood req/s | flood alone req/s | db transactions per flood request | db transactions/s"
for round in $(seq 1 "$rounds"); do
  read -r quiet quiet_ok _ < <(legitimate)
  flood $((seconds + 2)) &
  wrk_pid=$!
  sleep 1
  read -r flooded flooded_ok flooded_other < <(legitimate)
  wait "$wrk_pid"
  [ "$flooded_other" -eq 0 ] || echo "(the legitimate client had $flooded_other answers other than 200 during the flood)"
  mixed_rate=$(rate)
  # The flood alone. A backend that reported its counts less than a second ago keeps the newer ones until it has
  # been idle for 10 s (PostgreSQL 15's stats interval), so wait 11 s either side: otherwise the legitimate client's
  # last lookups land in the flood's count. A reading is two transactions (the connection's start and the query),
  # counted by the next reading and taken off.
  sleep 11
  before=$(xacts)
  flood "$seconds"
  sleep 11
  after=$(xacts)
  spent=$((after - before - 2))
  echo "$round | $quiet | $flooded | $(python3 -c "print(f'{$flooded/$quiet:.2f}')") | $quiet_ok/$flooded_ok | $mixed_rate | $(rate) | $(python3 -c "print(f'{$spent/$(requests):.4f} | {$spent/$seconds:.1f}')")"
done
