#!/usr/bin/env bash
# Every discovery filter of GET /v1/films, alone and combined, with every sort, against page 1 of the plain list with
# the same sorts: interleaved rounds on one running API (the shared kit's load.py), 4 connections. Prints the kit's
# JSON; ratio_to_first_per_round_median is each filter's p50/p95 over page 1's. Run the API with
# HotReads__MaxEntries=0, or the hot-read cache answers page 1 and the lists without the database.
#
#   bench/filter-sorts.sh http://127.0.0.1:API_PORT PG_PORT          (ROUNDS=3 DURATION=5; database "catalogue")
set -euo pipefail
api=$1 pg_port=$2
kit=${PERF_KIT:-$(cd "$(dirname "$0")/../.." && pwd)/shared/perf}
[ -f "$kit/load.py" ] || kit=/work/shared/perf
psql=(psql -X -At -h 127.0.0.1 -p "$pg_port" -U postgres -d "${DB:-catalogue}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sorts=(title -title year -year rating -rating runtime -runtime)

# Values: the most common and a rare one (at least 5 films) of each classification, a busy and a quiet person.
pick() { "${psql[@]}" -c "$1" | tr '\n' ' '; }
genres=$(pick "(select g.slug from genres g join film_genres fg on fg.genre_id = g.id group by g.slug order by count(*) desc limit 2)
  union all (select g.slug from genres g join film_genres fg on fg.genre_id = g.id group by g.slug having count(*) >= 5 order by count(*) limit 2)")
countries=$(pick "(select country_code from film_countries group by 1 order by count(*) desc limit 2)
  union all (select country_code from film_countries group by 1 having count(*) >= 5 order by count(*) limit 2)")
languages=$(pick "(select language_code from film_languages group by 1 order by count(*) desc limit 1)
  union all (select language_code from film_languages group by 1 having count(*) >= 5 order by count(*) limit 1)")
people=$(pick "(select person_id from credits group by 1 order by count(*) desc limit 1)
  union all (select person_id from credits group by 1 having count(*) >= 3 order by count(*) limit 1)")
read -r -a G <<< "$genres"; read -r -a C <<< "$countries"; read -r -a L <<< "$languages"; read -r -a P <<< "$people"
[ ${#L[@]} -ge 2 ] || L=(en ar)     # a catalogue without languages (the kit's): the filter still runs, on empty pages

list() { # name filter...: one path per filter and sort
  local name=$1; shift
  for f in "$@"; do for s in "${sorts[@]}"; do echo "/v1/films?${f}${f:+&}sort=$s&limit=20"; done; done > "$dir/$name.txt"
}
list page1 ""
list genre "genre=${G[0]}" "genre=${G[1]}" "genre=${G[2]}" "genre=${G[3]}"
list country "country=${C[0]}" "country=${C[1]}" "country=${C[2]}" "country=${C[3]}"
list genre_country "genre=${G[0]}&country=${C[0]}" "genre=${G[1]}&country=${C[1]}" "genre=${G[0]}&country=${C[3]}" \
  "genre=${G[2]}&country=${C[0]}" "genre=${G[3]}&country=${C[2]}"
list language "language=${L[0]}" "language=${L[1]}" "genre=${G[0]}&language=${L[1]}"
list years "year=2001" "yearFrom=1990&yearTo=1999" "genre=${G[2]}&yearFrom=2010"
list runtime "runtimeMin=60&runtimeMax=90" "runtimeMin=150" "country=${C[2]}&runtimeMax=70"
list rating "minRating=80" "genre=${G[1]}&minRating=60" "country=${C[3]}&minRating=50"
list person "person=${P[0]}" "person=${P[1]}" "person=${P[0]}&role=director"
list everything "genre=${G[0]}&country=${C[0]}&yearFrom=1980&minRating=40&runtimeMin=50" \
  "genre=${G[2]}&country=${C[1]}&yearTo=2015&runtimeMax=120"

targets=() paths=()
for name in page1 genre country genre_country language years runtime rating person everything; do
  targets+=(--target "$name=$api"); [ "$name" = page1 ] || paths+=(--target-paths "$name=$dir/$name.txt")
done
python3 "$kit/load.py" --compare "${targets[@]}" --paths-file "$dir/page1.txt" "${paths[@]}" --connections 4 --threads 2 \
  --rounds "${ROUNDS:-3}" --duration "${DURATION:-5}" --warmup 2 --max-seconds 400
