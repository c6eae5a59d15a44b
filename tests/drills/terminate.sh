# Terminate drill (sourced by run.sh): the app's backends killed with pg_terminate_backend, twice a second, under load.
S="${DRILL_SECONDS:-20}"
log "load for $S s while the app's sessions are terminated every 0.5 s"
LOAD_ARGS=(--retry-writes 3)  # a client resends a write answered 503 with its Idempotency-Key
load "$S" 16 0.2 > /dev/null &
LOAD_PID=$!
TERMINATED=0
while kill -0 "$LOAD_PID" 2>/dev/null; do
  n=$(psql_q "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$DB' AND usename = 'tracker_app'" || echo 0)
  TERMINATED=$((TERMINATED + n))
  sleep 0.5
done
wait "$LOAD_PID"
cat "$WORK/result"
check "backends were terminated" [ "$TERMINATED" -gt 0 ]
check "no 500 and no other unexpected status" [ "$(field s5xx_other)" = 0 -a "$(field other)" = 0 ]
check "no request hung or dropped" [ "$(field client_errors)" = 0 ]
check "every 503 carried Retry-After" [ "$(field missing_retry_after)" = 0 ]
finish "$(field requests) requests, $TERMINATED backends terminated, $(field ok) answered 2xx, $(field s503) answered 503 (retries exhausted), $(field s5xx_other) answered 500"
