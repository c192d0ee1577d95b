#!/usr/bin/env bash
# ./bench.sh SCENARIO [CODE]  — reproducible benchmarks on the synthetic départements (graine 1).
#   import       generate the département's interchange folder, then time its import into a new SQLite file
#   indicateurs  the yearly indicator set (2020) on that base
#   serie        the ten-year series (2015–2024)
#   echeances    the échéancier of the whole département on 2024-12-31
#   places       the place search, in-process and warm (p50 / p95)
#   charge       32 concurrent users writing and reading for 60 s through the API (base: $SILLAGE_DB or a new SQLite file)
#   tout         all of the above
# CODE defaults to 59 (Nord, the largest). Results go to standard output; docs/performance.md quotes them.
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scenario="${1:-tout}"; code="${2:-59}"
travail="$racine/.bench/$code"; mkdir -p "$travail"
dotnet build "$racine/bench/Sillage.Bench/Sillage.Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
bench() { dotnet "$racine/bench/Sillage.Bench/bin/Release/net10.0/Sillage.Bench.dll" "$@"; }
base="$travail/sillage.db"
preparer() {
  [ -f "$travail/csv/enfants.csv" ] || { rm -rf "$travail/csv"; bench generer "$code" "$travail/csv"; }
  if [ ! -f "$base" ]; then bench import "$travail/csv" "$base" >&2; fi
}
case "$scenario" in
  import) [ -f "$travail/csv/enfants.csv" ] || bench generer "$code" "$travail/csv"; rm -f "$base"*; bench import "$travail/csv" "$base" ;;
  indicateurs) preparer; bench indicateurs "$base" 2020 ;;
  serie) preparer; bench serie "$base" ;;
  echeances) preparer; bench echeances "$base" 2024-12-31 ;;
  places) preparer; bench places "$base" ;;
  charge) bench charge "${SILLAGE_DB:-$travail/charge.db}" 32 60 ;;
  tout) for s in import indicateurs serie echeances places; do "$0" "$s" "$code"; done ;;
  *) echo "scénario inconnu : $scenario" >&2; exit 2 ;;
esac
