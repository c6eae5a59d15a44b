#!/usr/bin/env bash
# Start PrisonerTracker: a private PostgreSQL, migrations, demo data, the web app. Ctrl-C stops both.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

DATA_DIR="${DATA_DIR:-$ROOT/.data}"
PG_PORT="${PG_PORT:-5433}"
export PORT="${PORT:-5080}"
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

ensure_postgres
ensure_node
ensure_dotnet_tools
pg_start "$DATA_DIR/postgres" "$PG_PORT"
trap 'log "stopping PostgreSQL"; pg_stop "$DATA_DIR/postgres"' EXIT
trap 'exit 130' INT TERM

export ConnectionStrings__Tracker="${ConnectionStrings__Tracker:-Host=127.0.0.1;Port=$PG_PORT;Database=prisonertracker;Username=postgres}"

log "building"
dotnet build src/PrisonerTracker.Web -c Release >/dev/null
log "applying migrations"
dotnet ef database update --no-build --configuration Release \
  --project src/PrisonerTracker.Infrastructure --startup-project src/PrisonerTracker.Web >/dev/null
log "loading demo data (skipped when present)"
dotnet run --no-build --no-launch-profile -c Release --project src/PrisonerTracker.Web -- seed-demo
# No account has a default password: without an admin, say how to make the first one.
admins="$("$PG_BIN/psql" -tA "host=127.0.0.1 port=$PG_PORT user=postgres dbname=prisonertracker" \
  -c "select count(*) from staff_users where role = 'Admin' and disabled_at is null" 2>/dev/null || echo "?")"
if [ "$admins" = "0" ]; then
  log "no workspace admin yet; create the first one (it prints a one-time link to choose a password):"
  log "  dotnet run --no-build -c Release --project src/PrisonerTracker.Web -- create-admin --email you@example.org --organisation \"Foro Penal\""
fi
log "serving http://127.0.0.1:$PORT (dashboard /, workspace /workspace, API /api/v1, docs /swagger, health /health/ready)"
exec_app() { dotnet run --no-build --no-launch-profile -c Release --project src/PrisonerTracker.Web; }
exec_app
