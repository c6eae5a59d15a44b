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

# Two roles: tracker_owner owns the database and runs migrations; the app connects as tracker_app,
# which `migrate` grants reading and writing the records and only appending to the audit log.
pg_ensure_roles "$PG_PORT"
pg_ensure_database "$PG_PORT" prisonertracker
export ConnectionStrings__TrackerOwner="${ConnectionStrings__TrackerOwner:-Host=127.0.0.1;Port=$PG_PORT;Database=prisonertracker;Username=tracker_owner}"
export ConnectionStrings__Tracker="${ConnectionStrings__Tracker:-Host=127.0.0.1;Port=$PG_PORT;Database=prisonertracker;Username=tracker_app}"
# The app listens on 127.0.0.1 over plain HTTP: the workspace's cookies cannot be Secure there
# (docs/security.md, "Plain HTTP"). Browsers treat http://localhost as secure, so passkeys work at
# http://localhost:$PORT. Behind a TLS proxy on a real server, leave this unset.
export Workspace__AllowPlainHttp="${Workspace__AllowPlainHttp:-true}"

# Development encryption keys: made once, kept beside the cluster (never in git, never in the database).
KEY_FILE="$DATA_DIR/encryption-keys.env"
if [ ! -f "$KEY_FILE" ]; then
  log "generating development encryption keys in $KEY_FILE"
  ( umask 077; {
    echo "export Encryption__CurrentKeyId=dev1"
    echo "export Encryption__Keys__dev1=$(head -c 32 /dev/urandom | base64)"
    echo "export Encryption__BlindIndexKey=$(head -c 32 /dev/urandom | base64)"
  } > "$KEY_FILE" )
fi
# shellcheck disable=SC1090
source "$KEY_FILE"

log "building"
dotnet build src/PrisonerTracker.Web -c Release >/dev/null
log "applying migrations"
dotnet run --no-build --no-launch-profile -c Release --project src/PrisonerTracker.Web -- migrate
# Encrypts values left from before encryption (or under a retired key); nothing to do otherwise.
dotnet run --no-build --no-launch-profile -c Release --project src/PrisonerTracker.Web -- rotate-keys
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
