# Outage drill (sourced by run.sh): PostgreSQL stopped for a while under load, then started again.
S="${DRILL_SECONDS:-20}"
log "load for $S s; PostgreSQL stops at $((S / 4)) s and starts again at $((S / 2)) s"
load "$S" 16 0.2 > /dev/null &
LOAD_PID=$!
sleep $((S / 4))
as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop > /dev/null
sleep 1
READY_DOWN=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/health/ready")
read -r PROBE_STATUS PROBE_SECONDS < <(curl -s -o "$WORK/probe" -D "$WORK/probe.headers" -w '%{http_code} %{time_total}\n' \
  --max-time 30 -H 'Cookie: drill=uncached' "$BASE/api/v1/stats/summary")
sleep $((S / 2 - S / 4 - 1))
pg_start "$PG_DIR" "$PG_PORT"
RESTARTED_AT=$(( S / 2 ))
wait "$LOAD_PID"
cat "$WORK/result"
READY_UP=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")
# Recovered by itself: every request that started 3 s after the restart was answered 2xx.
LATE_BAD=$(awk -v t="$((RESTARTED_AT + 3))" '$1 > t && $2 !~ /^2/' "$WORK/statuses.log" | wc -l)

check "no 500 and no other unexpected status" [ "$(field s5xx_other)" = 0 -a "$(field other)" = 0 ]
check "no request hung or dropped" [ "$(field client_errors)" = 0 ]
check "the outage was seen (some 503)" [ "$(field s503)" -gt 0 ]
check "every 503 carried Retry-After" [ "$(field missing_retry_after)" = 0 ]
check "a read during the outage: 503 problem details with Retry-After" \
  [ "$PROBE_STATUS" = 503 -a -n "$(grep -i '^retry-after:' "$WORK/probe.headers")" -a -n "$(grep -i 'application/problem+json' "$WORK/probe.headers")" ]
check "that read answered within 5 s" python3 -c "import sys; sys.exit(0 if $PROBE_SECONDS < 5 else 1)"
check "/health/ready unhealthy during the outage" [ "$READY_DOWN" = 503 ]
check "/health/ready healthy after it" [ "$READY_UP" = 200 ]
check "every request from 3 s after the restart succeeded" [ "$LATE_BAD" = 0 ]
finish "$(field requests) requests, $(field s503) answered 503 during the outage, probe $PROBE_STATUS in ${PROBE_SECONDS}s, max latency $(field max_ms) ms, ready $READY_DOWN then $READY_UP, late failures $LATE_BAD"
