#!/usr/bin/env bash
# ./test.sh — runs every test of Sillage on a fresh Debian machine:
#   domain tests; data-access and HTTP tests on SQLite AND on PostgreSQL (a throwaway
#   cluster on 127.0.0.1, started as an unprivileged user); browser tests (Playwright +
#   Debian chromium + axe-core). Installs what is missing with apt-get. Last line:
#   "N passed, N failed".
set -uo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$racine"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- 1. What the tests need -------------------------------------------------------------
manquants=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || manquants+=(postgresql)
[ -x /usr/bin/chromium ] || manquants+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || manquants+=(fonts-dejavu-core)
if [ ${#manquants[@]} -gt 0 ]; then
  echo "Installation : ${manquants[*]}"
  sudo_=""; [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${manquants[@]}" >/dev/null \
    || { echo "apt-get install ${manquants[*]} a échoué"; echo "0 passed, 1 failed"; exit 1; }
fi
command -v dotnet >/dev/null || { echo "dotnet (SDK .NET 10) est introuvable : voir README."; echo "0 passed, 1 failed"; exit 1; }

# --- 2. A throwaway PostgreSQL cluster ---------------------------------------------------
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
pgdir="$(mktemp -d /tmp/sillage-pg.XXXXXX)"
port=$(( 20000 + RANDOM % 20000 ))
comme=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$pgdir"
  comme=(runuser -u postgres --)
fi
arreter_pg() {
  "${comme[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pgdir"
}
trap arreter_pg EXIT
"${comme[@]}" "$pgbin/initdb" -D "$pgdir/data" -U sillage --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
"${comme[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -w -l "$pgdir/pg.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$pgdir/pg.log"; echo "0 passed, 1 failed"; exit 1; }
export SILLAGE_TEST_PG="Host=127.0.0.1;Port=$port;Username=sillage;Database=postgres"
echo "PostgreSQL de test sur 127.0.0.1:$port"

# --- 3. Build once ----------------------------------------------------------------------
resultats="$racine/.test-results"
rm -rf "$resultats"; mkdir -p "$resultats"
if ! dotnet build Sillage.slnx -c Release --nologo -v quiet -clp:ErrorsOnly; then
  echo "La compilation a échoué."; echo "0 passed, 1 failed"; exit 1
fi

# --- 4. Test runs -----------------------------------------------------------------------
echec_execution=0
lancer() { # NAME PROJECT [VAR=VALUE…]
  local nom="$1" projet="$2"; shift 2
  echo "== $nom"
  env "$@" dotnet test "$projet" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$nom.trx" --logger "console;verbosity=minimal" --results-directory "$resultats" \
    || true
  [ -f "$resultats/$nom.trx" ] || { echo "$nom : aucun résultat (exécution interrompue)"; echec_execution=1; }
}
lancer domaine tests/Sillage.Domaine.Tests/Sillage.Domaine.Tests.csproj
lancer demo tests/Sillage.Demo.Tests/Sillage.Demo.Tests.csproj
lancer web-sqlite tests/Sillage.Web.Tests/Sillage.Web.Tests.csproj SILLAGE_TEST_FOURNISSEUR=sqlite
lancer web-postgres tests/Sillage.Web.Tests/Sillage.Web.Tests.csproj SILLAGE_TEST_FOURNISSEUR=postgres
lancer navigateur tests/Sillage.Navigateur.Tests/Sillage.Navigateur.Tests.csproj SILLAGE_TEST_FOURNISSEUR=sqlite

# --- 5. The closing line ----------------------------------------------------------------
passes=0; echecs=0
for f in "$resultats"/*.trx; do
  [ -f "$f" ] || continue
  compteurs="$(grep -o '<Counters [^>]*>' "$f" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$compteurs")"
  e="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$compteurs")"
  t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$compteurs")"
  x="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$compteurs")"
  echo "$(basename "$f" .trx) : ${p:-0} réussi(s), ${e:-0} échoué(s) sur ${t:-0}"
  passes=$((passes + ${p:-0})); echecs=$((echecs + ${e:-0} + ${x:-0}))
done
echecs=$((echecs + echec_execution))
echo "$passes passed, $echecs failed"
[ "$echecs" -eq 0 ] && [ "$passes" -gt 0 ]
