#!/usr/bin/env bash
# Search latency for the query shapes the perf kit's list does not hold on its own: stop words alone ("the", "and",
# "of"), stop-word phrases, and misspelt single words, at 4 connections, against one or two running APIs
# (interleaved rounds with the shared kit's load.py, so the ratio cancels the machine's drift).
#
#   bench/search-words.sh http://127.0.0.1:PORT [http://127.0.0.1:PORT2]     (ROUNDS=3 DURATION=8)
set -euo pipefail
kit=${PERF_KIT:-$(cd "$(dirname "$0")/../.." && pwd)/shared/perf}
[ -f "$kit/load.py" ] || kit=/work/shared/perf
paths=$(mktemp)
trap 'rm -f "$paths"' EXIT
for q in the and of 'of%20the' 'the%20of' a in portrat potrait soldeir seasns whem 'the%20sea' 'when%20the' 'man%20of'; do
  echo "/v1/search?q=$q"
done > "$paths"
targets=(--target "a=$1")
[ $# -ge 2 ] && targets+=(--target "b=$2")
python3 "$kit/load.py" --compare "${targets[@]}" --paths-file "$paths" --connections 4 --threads 2 \
  --rounds "${ROUNDS:-3}" --duration "${DURATION:-8}" --warmup 3
