#!/usr/bin/env bash
# Scores the extraction corpus: seeds each half (tests/corpus/tuning, tests/corpus/held-back) into a real PostgreSQL,
# compares what the API serves with the truth files, and prints precision and recall per fact kind.
# Usage: bench/corpus-score.sh [REPORT_DIR]   (default: a temporary folder; the details of every miss are written there too)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
report=${1:-$(mktemp -d)}
mkdir -p "$report"
dotnet build tests/Catalogue.Tests -nologo -clp:ErrorsOnly >/dev/null
CATALOGUE_CORPUS_REPORT="$report" dotnet test tests/Catalogue.Tests --no-build --filter "FullyQualifiedName~CorpusScoreTests" >"$report/test.log" 2>&1 || {
  echo "the corpus test failed (figures below the recorded ones?); see $report/test.log" >&2
}
for half in tuning held-back; do
  echo; cat "$report/$half.md"
done
echo; echo "per-document details: $report/tuning-details.txt, $report/held-back-details.txt"
