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
log "serving http://127.0.0.1:$PORT (dashboard /, API /api/v1, docs /swagger, health /health/ready)"
exec_app() { dotnet run --no-build --no-launch-profile -c Release --project src/PrisonerTracker.Web; }
exec_app
