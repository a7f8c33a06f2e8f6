#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (idempotent), starts a real PostgreSQL
# server on loopback for the tests that need the production path, runs the suite, stops the server.
#   bash tests/run-all.sh [extra dotnet test arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

need_apt=()
command -v pg_ctlcluster >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/postgres ] || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
python3 -c "import aiosmtpd" >/dev/null 2>&1 || /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need_apt+=(python3-aiosmtpd)
# The second iCalendar parser the calendar tests read every file with, beside ical.js.
/usr/bin/python3 -c "import icalendar" >/dev/null 2>&1 || need_apt+=(python3-icalendar)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f tests/node/package.json ]; then
  (cd tests/node && { [ -d node_modules ] && [ node_modules -nt package-lock.json ] || npm ci --no-audit --no-fund --silent; })
fi

# A throwaway PostgreSQL cluster on loopback, owned by the postgres user (initdb refuses root).
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdata=$(mktemp -d)
pgport=${TRAININGHUB_TEST_PGPORT:-55432}
chown postgres "$pgdata"
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
run_pg "$pgbin/initdb" -D "$pgdata" -U postgres -A trust >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdata" -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" -l "$pgdata/server.log" -w start >/dev/null
cleanup() { run_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap cleanup EXIT
export TRAININGHUB_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true"

# Each test host watches its settings files; inotify instances are few (128 per user by default) and a parallel
# suite of web hosts can run out of them, so file watching polls instead.
export DOTNET_USE_POLLING_FILE_WATCHER=1

# The house's whitespace (.editorconfig) is checked first; a build warning fails the run.
dotnet format whitespace TrainingHub.sln --verify-no-changes
dotnet test TrainingHub.sln --nologo -p:TreatWarningsAsErrors=true "$@"
