# Sourced by the benches: a throwaway PostgreSQL cluster in a temporary folder, a Release build, and the seeding
# program's path; the cluster, the folder and the API (if a bench started one as $api_pid) go when the bench exits.
#   bench_private_cluster NAME PORT      sets work, seeding and ConnectionStrings__Catalogue
bench_private_cluster() {
  work=$(mktemp -d "/tmp/catalogue-$1-bench-XXXXXX")
  chmod 755 "$work"
  export CATALOGUE_PG_DIR=$work/pg CATALOGUE_PG_PORT=${CATALOGUE_PG_PORT:-$2} CATALOGUE_PG_DB=bench
  api_pid=
  trap 'bench_private_cluster_cleanup' EXIT
  dotnet build Catalogue.sln -c Release -nologo -v quiet -clp:ErrorsOnly
  ConnectionStrings__Catalogue=$(db/local-postgres.sh start 2>/dev/null)
  export ConnectionStrings__Catalogue
  seeding=src/Catalogue.Seeding/bin/Release/net10.0/Catalogue.Seeding.dll
}

bench_private_cluster_cleanup() {
  [ -n "${api_pid:-}" ] && kill "$api_pid" 2>/dev/null
  db/local-postgres.sh stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
