#!/usr/bin/env bash
# ./bench.sh SCENARIO [CODE]  — reproducible benchmarks on the synthetic départements (graine 1).
#   import       generate the département's interchange folder, then time its import into a new SQLite file
#   indicateurs  the yearly indicator set (2020) on that base
#   serie        the ten-year series (2015–2024)
#   echeances    the échéancier of the whole département on 2024-12-31
#   places       the place search, in-process and warm (p50 / p95)
#   charge       HTTP load: 32 authenticated users for 60 s on the child-file page, the place search and a static
#                page of the same size (SECONDES, UTILISATEURS and CIBLES from the environment: CIBLES=dossier,places,statique
#                by default, or any page path such as /compte/mot-de-passe), on SQLite
#   tailles      import, indicateurs, serie, echeances, places, olinpe for Orne (61), Charente-Maritime (17), Essonne (91), Nord (59):
#                lines in .bench/tailles.txt and the cost-against-size chart docs/performance-tailles.svg
#   charge-pg    the same on PostgreSQL (a bench cluster in /var/tmp/sillage-bench-pg, the département imported once)
#   france       every département of the DREES file, ids prefixed by département, imported once into one PostgreSQL base
#                (the bench cluster); then indicateurs 2020, mes-sql, the OLINPE file of 2023, the échéancier of 2024-12-31
#                and the place search on it (FRANCE_SERIE=1: series)
#   observatoire-pg  the same for one département (CODE) on the same bench cluster: the small end of the France chart
#   olinpe       the OLINPE file of 2023 (XML, streamed), written to .bench/CODE/olinpe-2023.xml
#   chargement   the EF Core loader (before) and the streamed one (after), alternately under the same load; engine time per year
#   mes-sql      MES_* on 31/12/2020 by a hand-written SQL query vs the engine (same values, time ratio)
#   postgres     on a throwaway PostgreSQL cluster: import, indicateurs, serie, mes-sql (as test.sh starts one)
#   ecriture     32 concurrent users writing and reading for 60 s through the API, lost writes counted
#                (base: $SILLAGE_DB or a new SQLite file)
#   tout         all of the above
# CODE defaults to 59 (Nord, the largest). Results go to standard output; docs/performance.md quotes them.
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scenario="${1:-tout}"; code="${2:-59}"
[ "$scenario" = france ] && code=france
travail="$racine/.bench/$code"; mkdir -p "$travail"
dotnet build "$racine/bench/Sillage.Bench/Sillage.Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
bench() { dotnet "$racine/bench/Sillage.Bench/bin/Release/net10.0/Sillage.Bench.dll" "$@"; }
# The server and the observatoire run as the product does: Server GC (Sillage.Web's runtimeconfig; the bench itself is a console).
produit() { DOTNET_gcServer=1 bench "$@"; }
base="$travail/sillage.db"
pg_base() {
  # A persistent PostgreSQL cluster for benchmarks (Debian postgresql), started for this run, stopped on exit.
  local pgbin pgdir="/var/tmp/sillage-bench-pg" port=55432
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  local comme=(); if [ "$(id -u)" = 0 ]; then comme=(runuser -u postgres --); fi
  mkdir -p "$pgdir"; [ "$(id -u)" = 0 ] && chown postgres: "$pgdir"
  [ -d "$pgdir/data" ] || "${comme[@]}" "$pgbin/initdb" -D "$pgdir/data" -U sillage --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${comme[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -w -l "$pgdir/pg.log" -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c max_connections=300 -c shared_buffers=512MB" start >/dev/null
  # Expanded now: the function's locals no longer exist when the shell exits.
  trap "${comme[*]} $pgbin/pg_ctl -D $pgdir/data -m fast stop >/dev/null" EXIT
  pgbase="Host=127.0.0.1;Port=$port;Username=sillage;Database=sillage_$code;Maximum Pool Size=100"
  if [ ! -f "$pgdir/importe-$code" ]; then
    generer_csv
    "$pgbin/psql" -h 127.0.0.1 -p $port -U sillage -d postgres -qc "DROP DATABASE IF EXISTS sillage_$code" -c "CREATE DATABASE sillage_$code" >/dev/null
    # France is one import of every département (read and checked whole before the first write): no heap cap.
    if [ "$code" = france ]; then SILLAGE_IMPORT_MEMOIRE_MO=0 bench import "$travail/csv" "$pgbase"; else bench import "$travail/csv" "$pgbase" >&2; fi
    touch "$pgdir/importe-$code"
  fi
}
generer_csv() {
  if [ -f "$travail/csv/enfants.csv" ]; then return; fi
  # Written aside, then renamed: an interrupted generation leaves no half folder behind.
  rm -rf "$travail/csv" "$travail/csv.partiel"
  if [ "$code" = france ]; then bench generer-france "$travail/csv.partiel"; else bench generer "$code" "$travail/csv.partiel"; fi
  mv "$travail/csv.partiel" "$travail/csv"
}
preparer() {
  generer_csv
  if [ ! -f "$base" ]; then bench import "$travail/csv" "$base" >&2; fi
}
case "$scenario" in
  import) [ -f "$travail/csv/enfants.csv" ] || bench generer "$code" "$travail/csv"; rm -f "$base"*; bench import "$travail/csv" "$base" ;;
  indicateurs) preparer; produit indicateurs "$base" 2020 ;;
  serie) preparer; produit serie "$base" ;;
  echeances) preparer; bench echeances "$base" 2024-12-31 ;;
  places) preparer; bench places "$base" ;;
  tailles)
    : > "$racine/.bench/tailles.txt"
    for c in 61 17 91 59; do
      for s in import indicateurs serie echeances places olinpe; do "$0" "$s" "$c" | sed "s/^/$c /" | tee -a "$racine/.bench/tailles.txt"; done
    done
    # The chart shows the scenarios only: a département's folder is generated once, on its first run (a partial line).
    grep -v ' generer:' "$racine/.bench/tailles.txt" > "$racine/.bench/tailles-scenarios.txt"
    bench graphique "$racine/.bench/tailles-scenarios.txt" "$racine/docs/performance-tailles.svg" ;;
  charge) preparer; produit charge "$base" "${SECONDES:-60}" "${UTILISATEURS:-32}" ${CIBLES:+"$CIBLES"} ;;
  france|observatoire-pg)
    # The national (ONPE) view: every département of the DREES file in one PostgreSQL base (bench cluster), then what a
    # national observatoire computes on it. FRANCE_SERIE=1 adds the ten-year series. `observatoire-pg CODE` runs the
    # same on one département, on the same cluster: the other end of the cost/size line.
    pg_base
    produit indicateurs "$pgbase" 2020
    bench mes-sql "$pgbase" 2020
    bench olinpe "$pgbase" 2023 "$travail/olinpe-2023.xml"
    bench echeances "$pgbase;Command Timeout=600" 2024-12-31
    bench places "$pgbase"
    if [ "${FRANCE_SERIE:-0}" = 1 ]; then produit serie "$pgbase"; fi ;;
  charge-pg) pg_base; produit charge "$pgbase" "${SECONDES:-60}" "${UTILISATEURS:-32}" ;;
  chargement) preparer; bench chargement "$base" ;;
  mes-sql) preparer; bench mes-sql "$base" 2020 ;;
  postgres)
    [ -f "$travail/csv/enfants.csv" ] || bench generer "$code" "$travail/csv"
    pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"; pgdir="$(mktemp -d /tmp/sillage-bench-pg.XXXXXX)"
    port=$(( 20000 + RANDOM % 20000 )); comme=()
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pgdir"; comme=(runuser -u postgres --); fi
    trap '"${comme[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"' EXIT
    "${comme[@]}" "$pgbin/initdb" -D "$pgdir/data" -U sillage --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${comme[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -w -l "$pgdir/pg.log" -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off" start >/dev/null
    pg="Host=127.0.0.1;Port=$port;Username=sillage;Database=postgres"
    bench import "$travail/csv" "$pg"; bench indicateurs "$pg" 2020; bench serie "$pg"; bench mes-sql "$pg" 2020 ;;
  ecriture) produit ecriture "${SILLAGE_DB:-$travail/charge.db}" 32 60 ;;
  olinpe) preparer; bench olinpe "$base" 2023 "$travail/olinpe-2023.xml" ;;
  tout) for s in import indicateurs serie echeances places olinpe; do "$0" "$s" "$code"; done ;;
  *) echo "scénario inconnu : $scenario" >&2; exit 2 ;;
esac
