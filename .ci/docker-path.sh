#!/usr/bin/env bash
# CI's Docker path, on a machine that reaches Debian's mirror and NuGet but no image registry:
#   1. a Docker engine (installs docker.io, docker-compose, debootstrap; starts dockerd publishing on 127.0.0.1 only)
#   2. the stand-in images of db/docker/build-local-images.sh (reused when unchanged)
#   3. the whole suite on Testcontainers: CATALOGUE_TEST_POSTGRES=testcontainers dotnet test (output to TEST_LOG)
#   4. a smoke test of docker-compose.yml: up --build, ready, a seeded film and the Swagger document through the
#      published port, down, up again with the data still in the named volume, down -v
#
#   .ci/docker-path.sh TEST_LOG
#
# Exit codes: 0 passed; 1 a step failed; 3 no Docker engine can run on this machine (nothing was tested).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
test_log=${1:?usage: .ci/docker-path.sh TEST_LOG}
: >"$test_log"

work=$(mktemp -d)
started_engine=0
project=catalogue-ci-smoke
failures=()

say() { echo "docker-path: $*"; }
timed() { local name=$1 start=$SECONDS; shift; "$@"; local code=$?; say "$name took $((SECONDS - start)) s" >&2; return $code; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

compose() { docker-compose -p "$project" -f docker-compose.yml "$@"; }

finish() {
  if docker info >/dev/null 2>&1; then compose down -v --remove-orphans >/dev/null 2>&1 || true; fi
  if [ "$started_engine" = 1 ]; then
    kill "$(cat "$work/dockerd.pid")" 2>/dev/null || true
    # dockerd stops its containers before it exits.
    for _ in $(seq 1 30); do kill -0 "$(cat "$work/dockerd.pid")" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap finish EXIT

# 1. The engine. If it cannot run here (no privileges, no kernel support), nothing below could test anything.
cannot_run() { say "SKIPPED: the Docker engine cannot run on this machine: $*"; exit 3; }

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || cannot_run "apt-get install ${missing[*]} failed"
fi

if docker info >/dev/null 2>&1; then
  say "using the Docker engine already running ($(docker version --format '{{.Server.Version}}, API {{.Server.APIVersion}}'))"
else
  say "starting dockerd (ports published on 127.0.0.1 only)"
  # setsid: the engine outlives nothing of ours by accident, and stops when finish() signals it.
  setsid dockerd --ip 127.0.0.1 >"$work/dockerd.log" 2>&1 &
  echo $! >"$work/dockerd.pid"
  started_engine=1
  for _ in $(seq 1 30); do docker info >/dev/null 2>&1 && break; sleep 1; done
  if ! docker info >/dev/null 2>&1; then
    tail -n 15 "$work/dockerd.log"
    cannot_run "dockerd did not answer within 30 s (its log is above)"
  fi
  say "dockerd $(docker version --format '{{.Server.Version}}, API {{.Server.APIVersion}}') is up"
fi

# 2. Stand-ins for postgres:15 and the .NET images.
if ! images=$(timed "building or reusing the stand-in images" db/docker/build-local-images.sh); then
  say "FAILED: the stand-in images could not be built"
  exit 1
fi
eval "$images"
export CATALOGUE_POSTGRES_IMAGE CATALOGUE_SDK_IMAGE CATALOGUE_RUNTIME_IMAGE

# 3. The suite on Testcontainers. The fixture asks the engine which API version it speaks; the reaper's image
# cannot be pulled here, and the fixture disposes its container itself.
say "the whole suite on Testcontainers ($CATALOGUE_POSTGRES_IMAGE)"
(
  export CATALOGUE_TEST_POSTGRES=testcontainers TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
  export CATALOGUE_TEST_POSTGRES_REPORT=$work/postgres-source
  timed "the Testcontainers pass" dotnet test
) 2>&1 | tee "$test_log"
[ "${PIPESTATUS[0]}" -eq 0 ] || failures+=("dotnet test on Testcontainers")
cat "$work/postgres-source" 2>/dev/null

# 4. docker-compose.yml, end to end, through ports published on loopback.
api_port=$(free_port)
db_port=$(free_port)
export CATALOGUE_API_PORT=$api_port CATALOGUE_DB_PORT=$db_port
api=http://127.0.0.1:$api_port

show_failing_containers() {
  compose ps
  local id service state code
  for id in $(compose ps -q); do
    service=$(docker inspect "$id" --format '{{index .Config.Labels "com.docker.compose.service"}}')
    state=$(docker inspect "$id" --format '{{.State.Status}}')
    code=$(docker inspect "$id" --format '{{.State.ExitCode}}')
    if [ "$service" = "$1" ] || { [ "$state" != running ] && [ "$code" != 0 ]; }; then
      echo "---- logs of $service ($state, exit code $code)"
      docker logs --tail 60 "$id" 2>&1
    fi
  done
}

smoke_fail() { say "FAILED: compose smoke test: $1"; show_failing_containers "${2:-api}"; failures+=("compose smoke test"); }

wait_ready() {
  for _ in $(seq 1 90); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health/ready")" = 200 ] && return 0
    sleep 2
  done
  return 1
}

smoke() {
  say "compose: up -d --build (project $project, API on 127.0.0.1:$api_port, PostgreSQL on 127.0.0.1:$db_port)"
  compose down -v --remove-orphans >/dev/null 2>&1
  timed "compose up --build" compose up -d --build >"$work/up.log" 2>&1 \
    || { tail -n 30 "$work/up.log"; smoke_fail "up --build failed" seed; return; }
  wait_ready || { smoke_fail "$api/health/ready did not answer 200 within 180 s"; return; }

  local first film document swagger
  first=$(curl -fsS "$api/v1/films?limit=1") || { smoke_fail "GET /v1/films failed"; return; }
  film=$(echo "$first" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])') \
    || { smoke_fail "GET /v1/films listed no film: $first"; return; }
  curl -fsS "$api/v1/films/$film" -o "$work/film.json" || { smoke_fail "GET /v1/films/$film failed"; return; }
  say "seeded film $film: $(python3 -c 'import json,sys; f=json.load(open(sys.argv[1])); print(f["title"])' "$work/film.json")"
  curl -fsS "$api/v1/documents/1" -o "$work/document-before.json" || { smoke_fail "GET /v1/documents/1 failed"; return; }
  swagger=$(curl -fsS "$api/swagger/v1/swagger.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["openapi"], len(d["paths"]))') \
    || { smoke_fail "GET /swagger/v1/swagger.json is not an OpenAPI document"; return; }
  say "Swagger document: OpenAPI $swagger paths"

  say "compose: down, then up again on the same volume"
  compose down >/dev/null 2>&1 || { smoke_fail "down failed"; return; }
  timed "compose up (again)" compose up -d >"$work/up.log" 2>&1 \
    || { tail -n 30 "$work/up.log"; smoke_fail "the second up failed" seed; return; }
  wait_ready || { smoke_fail "after the second up, $api/health/ready did not answer 200"; return; }
  curl -fsS "$api/v1/films/$film" -o "$work/film-again.json" || { smoke_fail "after the second up, film $film is gone"; return; }
  curl -fsS "$api/v1/documents/1" -o "$work/document-after.json" || { smoke_fail "after the second up, document 1 is gone"; return; }
  # A document ingested again would carry a new ingestion time: the same body means the volume kept the data.
  cmp -s "$work/document-before.json" "$work/document-after.json" \
    || { smoke_fail "document 1 changed across down/up, so the data did not survive in the volume"; return; }
  say "film $film and document 1 survived down/up in the named volume"
  compose down -v >/dev/null 2>&1 || { smoke_fail "down -v failed"; return; }
  docker volume inspect "${project}_catalogue-data" >/dev/null 2>&1 && { smoke_fail "down -v left the volume behind"; return; }
  say "compose smoke test passed"
}
timed "the compose smoke test" smoke

if [ ${#failures[@]} -gt 0 ]; then say "FAILED: ${failures[*]}"; exit 1; fi
say "passed"
