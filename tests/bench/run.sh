#!/usr/bin/env bash
# Load benchmark of the public read paths, end to end: a private PostgreSQL, the synthetic dataset
# at 20,000 and 100,000 people, the published app in Release (Production environment), wrk against
# its pages and API, and the machine's limits measured in the same run (a static file served by the
# same Kestrel, pgbench on the SQL the app sends). Writes its table into docs/benchmarks.md.
#
#   bash tests/bench/run.sh            # full run: 20,000/100,000 and 100,000/500,000 (about 30 minutes)
#   bash tests/bench/run.sh --quick    # 2,000 people / 10,000 events, short runs: to try it out
#
# Environment: BENCH_DURATION (seconds per wrk/pgbench run), PG_PORT (default: a free port),
# BENCH_KEEP=1 keeps the work directory (PostgreSQL data, app logs, raw results).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
BENCH_DIR="$ROOT/tests/bench"

QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) log "unknown option $arg (try --help)"; exit 2 ;;
  esac
done

if [ "$QUICK" -eq 1 ]; then
  SIZES=("2000 10000"); DURATION="${BENCH_DURATION:-5}"; WARMUP=1
else
  SIZES=("20000 100000" "100000 500000"); DURATION="${BENCH_DURATION:-10}"; WARMUP=3
fi
CONNECTIONS=32   # wrk connections (and the load the app's pool has to serve)
THREADS=2        # wrk threads
RUNS=3           # measured runs per figure; the median run is reported
CSV_ROWS=20000   # size of the CSV export measured
SERIES_FROM=2025-02-01 SERIES_TO=2026-01-31   # the last year of the synthetic histories
SEARCH_WORD=martinez                          # a common surname part in the synthetic names

ensure_postgres
ensure_node
ensure_dotnet_tools
command -v wrk >/dev/null || apt_install wrk
command -v python3 >/dev/null || apt_install python3
PGBENCH="$PG_BIN/pgbench"
[ -x "$PGBENCH" ] || PGBENCH="$(command -v pgbench)"
PSQL="$PG_BIN/psql"

WORK="$(mktemp -d /tmp/prisonertracker-bench.XXXXXX)"
chmod 755 "$WORK"   # the postgres system user must reach its data directory inside
APP_PID=""
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  stop_app
  pg_stop "$WORK/pg"
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PG_PORT="${PG_PORT:-$(free_port)}"
APP_PORT="$(free_port)"
BASE="http://127.0.0.1:$APP_PORT"
RESULTS="$WORK/results.tsv"
: > "$RESULTS"
# record SIZE KEY VALUE: one figure for the report.
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$RESULTS"; }

record all mode "$([ "$QUICK" -eq 1 ] && echo quick || echo full)"
record all commit "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes in src)')"
record all cores "$(nproc)"
record all os "$(. /etc/os-release && echo "$PRETTY_NAME")"
record all load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
record all dotnet "$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}')"
record all duration "$DURATION"
record all connections "$CONNECTIONS"

log "publishing the app (Release) into $WORK/app"
dotnet publish src/PrisonerTracker.Web -c Release -o "$WORK/app" > "$WORK/publish.log" 2>&1 \
  || { tail -20 "$WORK/publish.log"; exit 1; }

# fsync stays on (PG_FSYNC defaults to on in scripts/lib.sh), as on a real server.
pg_start "$WORK/pg" "$PG_PORT"
record all postgres "$("$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc 'SHOW server_version' | cut -d' ' -f1)"
record all fsync "$("$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAc 'SHOW fsync')"
"$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "CREATE ROLE tracker_app LOGIN" >/dev/null

# Production needs encryption keys (docs/security.md): throwaway ones for this run.
export ASPNETCORE_ENVIRONMENT=Production
export Encryption__CurrentKeyId=bench
Encryption__Keys__bench="$(head -c 32 /dev/urandom | base64)"; export Encryption__Keys__bench
Encryption__BlindIndexKey="$(head -c 32 /dev/urandom | base64)"; export Encryption__BlindIndexKey
# wrk sends everything from one address: lift the per-address API limit so that it measures the app, not the limiter.
export RateLimiting__AnonymousPerMinute=1000000000 RateLimiting__KeyPerMinute=1000000000
export PORT="$APP_PORT"

# A cookie other than the language's makes a request bypass the public output cache
# (Hosting/Caching/PublicOutputCachePolicy): "uncached" figures send one, so every request runs its queries.
NO_CACHE="Cookie: bench=uncached"

# wrk_median SIZE NAME MODE URL [HEADER]: warm-up, then RUNS runs; records the median run (by requests/s).
wrk_median() {
  local size="$1" name="$2" mode="$3" url="$4" header="${5:-}" i
  local args=(-t "$THREADS" -c "$CONNECTIONS" --timeout 30s -s "$BENCH_DIR/report.lua")
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" -d "${WARMUP}s" "$url" > /dev/null
  for i in $(seq 1 "$RUNS"); do
    wrk "${args[@]}" -d "${DURATION}s" "$url" | grep '^RESULT' | cut -d' ' -f2-
  done | sort -t= -k2 -g | sed -n "$(( (RUNS + 1) / 2 ))p" > "$WORK/median"
  local field
  for field in $(cat "$WORK/median"); do record "$size" "$name.$mode.${field%%=*}" "${field#*=}"; done
  local bad_total
  bad_total=$(grep -o 'bad=[0-9]*' "$WORK/median" | cut -d= -f2)
  log "  $name $mode: $(cat "$WORK/median")"
  [ "${bad_total:-0}" -eq 0 ] || log "  $name $mode: $bad_total failed requests in the median run"
}

# time_single SIZE NAME URL: median of 5 sequential uncached requests, in ms (time to the last byte).
time_single() {
  local size="$1" name="$2" url="$3"
  local ms
  ms=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "$NO_CACHE" -w '%{time_total} %{http_code}\n' "$url"; done \
    | tee "$WORK/single" | sort -g | sed -n 3p | awk '{printf "%.1f", $1 * 1000}')
  record "$size" "$name.single_ms" "$ms"
  # Uncached answers must be 200 too.
  record "$size" "$name.single_status" "$(awk '{print $2}' "$WORK/single" | sort -u | tr '\n' ' ' | sed 's/ $//')"
}

# check SIZE NAME URL: the first request (cache cold) must answer 200; records its time and size.
check() {
  local size="$1" name="$2" url="$3" out
  out=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total} %{size_download}' "$url")
  set -- $out
  record "$size" "$name.status" "$1"
  record "$size" "$name.first_ms" "$(awk -v t="$2" 'BEGIN {printf "%.1f", t * 1000}')"
  record "$size" "$name.bytes" "$3"
  [ "$1" = 200 ] || log "  $name answered $1 (see $WORK/body)"
}

for size_spec in "${SIZES[@]}"; do
  read -r DETAINEES EVENTS <<< "$size_spec"
  SIZE="$DETAINEES"
  DB="pt_bench_$DETAINEES"
  log "dataset $DETAINEES detainees / $EVENTS events in database $DB"
  "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE $DB" >/dev/null
  export ConnectionStrings__TrackerOwner="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres"
  export ConnectionStrings__Tracker="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=tracker_app"
  q() { "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -qtA "$@"; }

  (cd "$WORK/app" && ./PrisonerTracker.Web migrate) > "$WORK/migrate-$SIZE.log" 2>&1 \
    || { tail -20 "$WORK/migrate-$SIZE.log"; exit 1; }
  started=$(date +%s%N)
  (cd "$WORK/app" && ./PrisonerTracker.Web generate --detainees "$DETAINEES" --events "$EVENTS" --seed 42) \
    > "$WORK/generate-$SIZE.log" 2>&1 || { tail -20 "$WORK/generate-$SIZE.log"; exit 1; }
  record "$SIZE" events "$EVENTS"
  record "$SIZE" generate_ms "$(( ($(date +%s%N) - started) / 1000000 ))"

  # The detainee read: a public person with the median number of events; the facility: the busiest.
  DETAINEE_ID=$(q -c "WITH n AS (SELECT d.id, count(e.id) AS events FROM detainees d JOIN verification_events e ON e.detainee_id = d.id
      WHERE NOT d.withheld AND d.deleted_at IS NULL GROUP BY d.id)
    SELECT id FROM n ORDER BY abs(events - (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY events) FROM n)), id LIMIT 1")
  FACILITY_ID=$(q -c "SELECT facility_id FROM verification_events WHERE facility_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
  record "$SIZE" detainee_events "$(q -c "SELECT count(*) FROM verification_events WHERE detainee_id = '$DETAINEE_ID'")"

  log "starting the app on $BASE"
  started=$(date +%s%N)
  (cd "$WORK/app" && exec ./PrisonerTracker.Web) > "$WORK/app-$SIZE.log" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-$SIZE.log"; exit 1; }
    [ $(( $(date +%s%N) - started )) -lt 120000000000 ] || { log "the app did not answer in 120 s"; exit 1; }
    sleep 0.01
  done
  record "$SIZE" startup_ms "$(( ($(date +%s%N) - started) / 1000000 ))"

  # The dashboard first: its first request is cache cold (and the app's code not yet compiled).
  check "$SIZE" dashboard "$BASE/"
  # A static file of the dashboard's size, served by the same Kestrel (only in this run's copy of the app).
  cp "$WORK/body" "$WORK/app/wwwroot/bench-static.html"

  # Each CSV row is one person: a filter (arrested by a date) that yields about CSV_ROWS of them.
  csv_total() { curl -s -H "$NO_CACHE" "$BASE/api/v1/detainees?limit=1&includeTotal=true$1" | grep -o '"total":[0-9]*' | cut -d: -f2; }
  CSV_FILTER=""
  if [ "$(csv_total "")" -gt "$CSV_ROWS" ]; then
    for month_end in $(python3 -c 'import datetime as d
m = d.date(2024, 2, 1)
while m <= d.date(2026, 2, 1):
    print(m - d.timedelta(days=1)); m = (m + d.timedelta(days=32)).replace(day=1)'); do
      CSV_FILTER="&arrestedFrom=2024-01-01&arrestedTo=$month_end"
      [ "$(csv_total "$CSV_FILTER")" -lt "$CSV_ROWS" ] || break
    done
  fi

  ENDPOINTS=(
    "static|/bench-static.html"
    "dashboard|/"
    "search|/detainees?q=$SEARCH_WORD"
    "detainee_page|/detainees/$DETAINEE_ID"
    "list|/api/v1/detainees?limit=50&status=held"
    "point|/api/v1/detainees/$DETAINEE_ID"
    "summary|/api/v1/stats/summary"
    "facility|/api/v1/facilities/$FACILITY_ID"
    "timeseries|/api/v1/stats/timeseries?from=$SERIES_FROM&to=$SERIES_TO&interval=day"
    "csv|/api/v1/detainees?format=csv$CSV_FILTER"
  )
  for entry in "${ENDPOINTS[@]}"; do
    name="${entry%%|*}"; path="${entry#*|}"
    [ "$name" = dashboard ] || check "$SIZE" "$name" "$BASE$path"
    [ "$name" = csv ] && record "$SIZE" csv.rows "$(( $(wc -l < "$WORK/body") - 1 ))"
  done
  for entry in "${ENDPOINTS[@]}"; do
    name="${entry%%|*}"; path="${entry#*|}"
    [ "$name" = static ] || time_single "$SIZE" "$name" "$BASE$path"
  done

  log "wrk, served from the output cache (warm)"
  for entry in "${ENDPOINTS[@]}"; do
    wrk_median "$SIZE" "${entry%%|*}" cached "$BASE${entry#*|}"
  done
  record "$SIZE" rss_cached_mb "$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")"

  log "wrk, bypassing the output cache (every request runs its queries)"
  for entry in "${ENDPOINTS[@]}"; do
    name="${entry%%|*}"
    [ "$name" = static ] && continue
    wrk_median "$SIZE" "$name" uncached "$BASE${entry#*|}" "$NO_CACHE"
    # The connections the app's pool opened under that load: pgbench gets as many.
    if [ "$name" = list ]; then
      POOL=$(q -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND usename = 'tracker_app'")
      [ "$POOL" -ge 1 ] || POOL="$CONNECTIONS"
      record "$SIZE" pool "$POOL"
    fi
  done
  record "$SIZE" rss_peak_mb "$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")"
  stop_app

  log "pgbench -M prepared on the SQL of the list and the point read ($POOL connections)"
  ASOF=$(date -u +%F)   # the app's "today", the default asOf of the list
  KEYS=$(q -F'|' -v asof="$ASOF" -f "$BENCH_DIR/list-keys.sql")
  LIST_VARS=(-D threshold=Verified -D asof="$ASOF" -D "statuses={Held}" -D page_plus_one=51 -D "ids=${KEYS%%|*}")
  POINT_VARS=(-D id="$DETAINEE_ID")
  # The app's request sessions set these options when they open (TrackerDatabase.WithSessionSettings
  # and ForServing); without the second, PostgreSQL plans the page in parallel and takes 15 times longer.
  export PGOPTIONS="-c pg_trgm.word_similarity_threshold=0.5 -c max_parallel_workers_per_gather=0"
  for script in list point; do
    vars_name="${script^^}_VARS[@]"
    pg() { "$PGBENCH" -h 127.0.0.1 -p "$PG_PORT" -U tracker_app -n -M prepared -f "$BENCH_DIR/$script.sql" "${!vars_name}" "$@" "$DB" 2>&1; }
    # One connection: the SQL's own latency.
    pg -c 1 -T "$DURATION" | awk '/latency average/ {print $4}' > "$WORK/lat"
    record "$SIZE" "pgbench.$script.latency_ms" "$(cat "$WORK/lat")"
    # As many connections as the app's pool: the database's throughput on that SQL.
    pg -c "$POOL" -j "$THREADS" -T "$WARMUP" > /dev/null
    for _ in $(seq 1 "$RUNS"); do
      pg -c "$POOL" -j "$THREADS" -T "$DURATION" | awk '/^tps/ {print $3}'
    done | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p" > "$WORK/tps"
    record "$SIZE" "pgbench.$script.tps" "$(cat "$WORK/tps")"
    log "  $script: $(cat "$WORK/lat") ms at 1 connection, $(cat "$WORK/tps") tps at $POOL"
  done
  unset PGOPTIONS
done

record all load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$BENCH_DIR/report.py" "$RESULTS" "$ROOT/docs/benchmarks.md"
log "results written to docs/benchmarks.md"
