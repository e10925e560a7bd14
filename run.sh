#!/usr/bin/env bash
# Runs the catalogue: builds, starts PostgreSQL (the server named by ConnectionStrings__Catalogue, or a
# private cluster in .data/postgres), applies migrations, seeds seeds/, and serves the API with Swagger UI.
# Ctrl-C stops the API and the database this script started; the next run reuses the data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

urls=${ASPNETCORE_URLS:-http://localhost:8080}
started_database=0

stop_database() {
  if [ "$started_database" = 1 ]; then db/local-postgres.sh stop || true; fi
}
trap stop_database EXIT

echo "==> building"
dotnet build Catalogue.sln -c Release -nologo -v quiet -clp:ErrorsOnly

if [ -n "${ConnectionStrings__Catalogue:-}" ]; then
  echo "==> using the database named by ConnectionStrings__Catalogue"
else
  echo "==> starting a private PostgreSQL cluster"
  ConnectionStrings__Catalogue=$(db/local-postgres.sh start)
  export ConnectionStrings__Catalogue
  started_database=1
fi

echo "==> migrating and seeding"
dotnet src/Catalogue.Seeding/bin/Release/net10.0/Catalogue.Seeding.dll seed --documents seeds --prune   # seeds/ is the set this script owns

echo "==> serving on $urls  (Swagger UI: ${urls%%;*}/swagger, Ctrl-C to stop)"
if [ -n "${DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  (sleep 3 && xdg-open "${urls%%;*}/swagger" >/dev/null 2>&1 || true) &
fi
# The content root is the build output, where appsettings.json (logging, CORS origins) is.
api=$PWD/src/Catalogue.Api/bin/Release/net10.0
ASPNETCORE_URLS=$urls dotnet "$api/Catalogue.Api.dll" --contentRoot "$api"
