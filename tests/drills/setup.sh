# Shared by the drills (sourced by run.sh): a private PostgreSQL, the app built in Release and
# started against it with the demo data and an editor key, helpers to check and report.
ensure_postgres
ensure_node
ensure_dotnet_tools
command -v python3 >/dev/null || apt_install python3

WORK="$(mktemp -d /tmp/prisonertracker-drill.XXXXXX)"
chmod 755 "$WORK"   # the postgres system user must reach its data directory inside
PG_DIR="$WORK/pg"
PG_PORT="${PG_PORT:-$(free_port)}"
APP_PORT="$(free_port)"
BASE="http://127.0.0.1:$APP_PORT"
DB=prisonertracker
APP_PIDS=()
FAILURES=()
stop_apps() { local pid; for pid in "${APP_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done; APP_PIDS=(); }
cleanup() { stop_apps; pg_stop "$PG_DIR"; if [ "${DRILL_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_q() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-$DB}" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
# check NAME CONDITION...: records a failure when the condition (a test expression) is false.
check() { local name="$1"; shift; if "$@"; then log "  ok: $name"; else log "  FAILED: $name"; FAILURES+=("$name"); fi; }
finish() {
  local summary="$1"
  if [ ${#FAILURES[@]} -eq 0 ]; then echo "PASS $DRILL $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD): $summary"; exit 0; fi
  echo "FAIL $DRILL $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD): $summary; failed: ${FAILURES[*]}"; exit 1
}

log "building the app (Release)"
dotnet build src/PrisonerTracker.Web -c Release > "$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log"; exit 1; }
APP_DLL="$ROOT/src/PrisonerTracker.Web/bin/Release/net10.0/PrisonerTracker.Web.dll"

# fsync stays on: the crash drill is about what a real server keeps.
pg_start "$PG_DIR" "$PG_PORT"
psql_q "CREATE ROLE tracker_app LOGIN" postgres >/dev/null
psql_q "CREATE DATABASE $DB" postgres >/dev/null

export ASPNETCORE_ENVIRONMENT=Production
export Encryption__CurrentKeyId=drill
Encryption__Keys__drill="$(head -c 32 /dev/urandom | base64)"; export Encryption__Keys__drill
Encryption__BlindIndexKey="$(head -c 32 /dev/urandom | base64)"; export Encryption__BlindIndexKey
# The load comes from one address: lift the per-address API limit so that the drill measures the app.
export RateLimiting__AnonymousPerMinute=1000000000 RateLimiting__KeyPerMinute=1000000000
export ConnectionStrings__TrackerOwner="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres"
export ConnectionStrings__Tracker="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=tracker_app"
app_cmd() { dotnet "$APP_DLL" "$@"; }

app_cmd migrate > "$WORK/migrate.log" 2>&1 || { tail -20 "$WORK/migrate.log"; exit 1; }
app_cmd seed-demo > "$WORK/seed.log" 2>&1 || { tail -20 "$WORK/seed.log"; exit 1; }
KEY="$(app_cmd create-api-key --name "Drill desk" --organisation "Foro Penal" --role editor 2>&1 | tail -1)"

# start_app PORT [extra env...]: the app in the background, waiting until it is ready.
start_app() {
  local port="$1"; shift
  (export PORT="$port"; for kv in "$@"; do export "${kv?}"; done; cd "$WORK" && exec dotnet "$APP_DLL") > "$WORK/app-$port.log" 2>&1 &
  APP_PIDS+=($!)
  local pid=$! i
  for i in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/app-$port.log"; exit 1; }
    sleep 0.5
  done
  log "the app did not become ready"; exit 1
}
log "starting the app on $BASE (PostgreSQL on port $PG_PORT)"
start_app "$APP_PORT"

# create_staff_editor: a signed-in workspace user for the drills. create-admin makes the account and its
# one-time link; its role is lowered to Editor in SQL, because an admin must enrol two-factor before
# anything else and an editor need not (docs/workspace.md); then the link sets its password.
STAFF_EMAIL=drill-editor@example.org
STAFF_PASSWORD="drill $(head -c 12 /dev/urandom | base64)"
create_staff_editor() {
  local link
  link="$(app_cmd create-admin --email "$STAFF_EMAIL" --organisation "Foro Penal" --base-url "$BASE" 2>&1 | tail -1)"
  psql_q "UPDATE staff_users SET role = 'Editor' WHERE email = '$STAFF_EMAIL'" > /dev/null
  python3 "$ROOT/tests/drills/staff.py" set-password "$BASE" "$link" "$STAFF_PASSWORD"
  ORGANISATION="$(psql_q "SELECT id FROM organisations WHERE name = 'Foro Penal'")"
  LOAD_ARGS+=(--staff-email "$STAFF_EMAIL" --staff-password "$STAFF_PASSWORD" --organisation "$ORGANISATION")
}

LOAD_ARGS=()
# load SECONDS CONNECTIONS [WRITE_SHARE]: runs the load client; its RESULT line lands in $WORK/result.
load() {
  python3 "$ROOT/tests/drills/load.py" --base "$BASE" --key "$KEY" --duration "$1" --connections "$2" \
    --write-share "${3:-0.2}" "${LOAD_ARGS[@]}" --writes-log "$WORK/writes.jsonl" --imports-log "$WORK/imports.jsonl" --statuses-log "$WORK/statuses.log" | tee "$WORK/result"
}
field() { grep -oE "(^| )$1=[^ ]*" "$WORK/result" | cut -d= -f2; }
