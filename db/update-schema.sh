#!/usr/bin/env bash
# Regenerates db/schema.sql, the idempotent SQL script of every migration, after a migration is added.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/Catalogue.Data --startup-project src/Catalogue.DesignTime --output db/schema.sql
