#!/usr/bin/env bash
# Scaffolds one migration per database provider from the current model:
#   tools/add-migration.sh NAME              every provider (Sqlite, PostgreSql, SqlServer)
#   tools/add-migration.sh NAME PROVIDER...  only those, e.g. tools/add-migration.sh SqlServerInitialCreate SqlServer
# Migrations are forward-only: once landed, a migration is never edited; add a new one.
set -euo pipefail
name=${1:?usage: tools/add-migration.sh NAME [PROVIDER...]}
shift
providers=("$@")
[ ${#providers[@]} -gt 0 ] || providers=(Sqlite PostgreSql SqlServer)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tools"
dotnet build "$root/tools/TrainingHub.DesignTime" >/dev/null
dotnet tool restore >/dev/null
for provider in "${providers[@]}"; do
  case $provider in
    Sqlite|PostgreSql|SqlServer) ;;
    *) echo "Unknown provider '$provider': Sqlite, PostgreSql or SqlServer." >&2; exit 2 ;;
  esac
  dotnet tool run dotnet-ef migrations add "$name" \
    --project "$root/src/TrainingHub.Web" \
    --startup-project "$root/tools/TrainingHub.DesignTime" \
    --context "${provider}TrainingHubDbContext" \
    --output-dir "Data/Migrations/$provider"
done
