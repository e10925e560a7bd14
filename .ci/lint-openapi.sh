#!/usr/bin/env bash
# Lints the API's OpenAPI document with Spectral (spectral:oas ruleset; and the OWASP ruleset, whose errors may not
# exceed the number recorded in .ci/owasp-errors, explained in the README), then checks that a client generated from it
# (openapi-typescript + openapi-fetch) type-checks under tsc --strict: .ci/typed-client/main.ts calls the main
# operations, and must be rejected where it sends sort: "bogus" or limit: "5". Exits non-zero on any failure.
# Needs the Release build (dotnet build -c Release src/Catalogue.Api) and node/npx. The document is served without
# touching the database, so a dummy connection string is enough.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dll="$root/src/Catalogue.Api/bin/Release/net10.0/Catalogue.Api.dll"
ruleset="$root/.ci/.spectral.yaml"
port="${LINT_OPENAPI_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
work="$(mktemp -d)"
document="$work/swagger.json"

if [[ ! -f "$dll" ]]; then
  echo "lint-openapi: $dll not found; run: dotnet build -c Release src/Catalogue.Api" >&2
  exit 2
fi

ConnectionStrings__Catalogue="Host=127.0.0.1;Port=1;Database=unused;Username=unused" \
  dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
cleanup() {
  kill "$api_pid" 2>/dev/null || true
  wait "$api_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/swagger/v1/swagger.json" -o "$document" 2>/dev/null; then break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then
    echo "lint-openapi: the API exited before serving the document:" >&2
    cat "$work/api.log" >&2
    exit 2
  fi
  sleep 0.5
done
if [[ ! -s "$document" ]]; then
  echo "lint-openapi: no document at http://127.0.0.1:$port/swagger/v1/swagger.json after 30 s" >&2
  cat "$work/api.log" >&2
  exit 2
fi

echo "lint-openapi: linting $(wc -c <"$document") bytes of OpenAPI with Spectral"
npx --yes @stoplight/spectral-cli@6.16.3 lint --ruleset "$ruleset" --fail-severity error "$document"

echo "lint-openapi: OWASP API security ruleset (@stoplight/spectral-owasp-ruleset): errors may not exceed the recorded $(cat "$root/.ci/owasp-errors")"
owasp="$work/owasp"
mkdir -p "$owasp"
(
  cd "$owasp"
  npm init -y >/dev/null
  npm install --silent --no-audit --no-fund @stoplight/spectral-cli@6.16.3 @stoplight/spectral-owasp-ruleset@2.0.1 >/dev/null
  echo 'extends: ["@stoplight/spectral-owasp-ruleset"]' >.spectral.yaml
  # Exit status 1 only means there were errors; the count below decides.
  npx spectral lint --ruleset .spectral.yaml --format json --output results.json --quiet "$document" || true
  node -e '
    const results = require("./results.json");
    const errors = results.filter(r => r.severity === 0);
    const byRule = {};
    for (const r of errors) byRule[r.code] = (byRule[r.code] || 0) + 1;
    for (const [rule, n] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} ${rule}`);
    console.log(`lint-openapi: ${errors.length} OWASP errors, ${results.filter(r => r.severity === 1).length} warnings`);
    const recorded = Number(require("fs").readFileSync(process.argv[1], "utf8").trim());
    if (errors.length > recorded) {
      console.error(`lint-openapi: ${errors.length} OWASP errors is more than the recorded ${recorded} (.ci/owasp-errors); see README, "What the OWASP ruleset still reports"`);
      process.exit(1);
    }
  ' "$root/.ci/owasp-errors"
)

echo "lint-openapi: type-checking a generated TypeScript client (openapi-typescript, tsc --strict)"
client="$work/typed-client"
mkdir -p "$client"
cp "$root/.ci/typed-client/main.ts" "$client/"
(
  cd "$client"
  npm init -y >/dev/null
  npm install --silent --no-audit --no-fund openapi-typescript@7.13 openapi-fetch@0.17 typescript@5 >/dev/null
  npx openapi-typescript "$document" -o catalogue.d.ts
  npx tsc --strict --noEmit --target es2022 --module esnext --moduleResolution bundler --skipLibCheck main.ts
)
