# Crash drill (sourced by run.sh): PostgreSQL killed (-m immediate, as a power cut) under API writes,
# workspace writes (a signed-in editor recording facts) and CSV imports, then started again.
S="${DRILL_SECONDS:-20}"
ROWS="${DRILL_IMPORT_ROWS:-200}"
create_staff_editor
log "writes for $S s (API, 2 workspace sessions, an import of $ROWS people every 2 s); PostgreSQL is stopped with -m immediate at $((S / 3)) s and started 2 s later"
# A client resends an API write answered 503 with its Idempotency-Key; an import is never resent, so that
# each file's fate is its one answer's.
LOAD_ARGS+=(--retry-writes 3 --workspace-connections 2 --import-every 2 --import-rows "$ROWS")
load "$S" 16 0.5 > /dev/null &
LOAD_PID=$!
sleep $((S / 3))
as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m immediate -w stop > /dev/null
sleep 2
pg_start "$PG_DIR" "$PG_PORT"
wait "$LOAD_PID"
cat "$WORK/result"
stop_apps

# ids LIST: the ids of the 2xx writes of one kind, as a PostgreSQL array literal.
ids() { python3 -c "import json,sys; print('{' + ','.join(w['id'] for w in map(json.loads, open(sys.argv[1])) if w['id'] and w['path'].endswith(sys.argv[2])) + '}')" "$WORK/writes.jsonl" "$1"; }
PEOPLE="$(ids /detainees)"; EVENTS="$(ids /events)"; FACTS="$(ids /workspace/record)"
PEOPLE_ACK=$(awk -F, '{print NF}' <<< "${PEOPLE:1:-1}"); EVENTS_ACK=$(awk -F, '{print NF}' <<< "${EVENTS:1:-1}")
PEOPLE_ACK=${PEOPLE_ACK:-0}; EVENTS_ACK=${EVENTS_ACK:-0}
[ "$PEOPLE" = "{}" ] && PEOPLE_ACK=0; [ "$EVENTS" = "{}" ] && EVENTS_ACK=0
PEOPLE_FOUND=$(psql_q "SELECT count(*) FROM detainees WHERE id = ANY('$PEOPLE'::uuid[])")
EVENTS_FOUND=$(psql_q "SELECT count(*) FROM verification_events WHERE id = ANY('$EVENTS'::uuid[])")
FACTS_ACK=$(python3 -c "import sys; print(len([x for x in sys.argv[1][1:-1].split(',') if x]))" "$FACTS")
FACTS_FOUND=$(psql_q "SELECT count(*) FROM verification_events WHERE id = ANY('$FACTS'::uuid[])")
source "$ROOT/tests/drills/crash-imports.sh"
# Every created row, acknowledged or not, has exactly one audit entry saying so (same transaction).
UNAUDITED=$(psql_q "SELECT (SELECT count(*) FROM detainees d WHERE (SELECT count(*) FROM audit_entries a WHERE a.record_id = d.id AND a.action = 'create') <> 1)
                         + (SELECT count(*) FROM verification_events e WHERE (SELECT count(*) FROM audit_entries a WHERE a.record_id = e.id AND a.action = 'create') <> 1)")
# An idempotent request commits its kept answer with its write: none is left half-done.
HALF_DONE=$(psql_q "SELECT count(*) FROM idempotency_records WHERE status_code IS NULL")
AUDIT_OK=0; app_cmd verify-audit > "$WORK/verify.log" 2>&1 || AUDIT_OK=$?
# The status read model, kept by triggers in each write transaction, against a rebuild from the events.
snapshot() { psql_q "SELECT md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM status_periods t"; }
BEFORE=$(snapshot); app_cmd rebuild-status > "$WORK/rebuild.log" 2>&1; AFTER=$(snapshot)

check "PostgreSQL went down during the writes (some 503)" [ "$(field s503)" -gt 0 ]
check "no 500 and no other unexpected status" [ "$(field s5xx_other)" = 0 -a "$(field other)" = 0 ]
check "every acknowledged person is there ($PEOPLE_FOUND of $PEOPLE_ACK)" [ "$PEOPLE_FOUND" = "$PEOPLE_ACK" ]
check "every acknowledged event is there ($EVENTS_FOUND of $EVENTS_ACK)" [ "$EVENTS_FOUND" = "$EVENTS_ACK" ]
check "every created row has its one audit entry" [ "$UNAUDITED" = 0 ]
check "every fact recorded through the workspace form (redirected to its confirmation) is there ($FACTS_FOUND of $FACTS_ACK)" [ "$FACTS_FOUND" = "$FACTS_ACK" -a "$FACTS_ACK" -gt 0 ]
check "no workspace form was redirected anywhere but to its confirmation (signed out: $(field workspace_signed_out))" [ "$(field workspace_signed_out)" = 0 ]
check "no idempotent request half-committed" [ "$HALF_DONE" = 0 ]
check "some imports were answered 200 and some were not ($IMPORTS_OK of $IMPORTS_SENT answered 200)" [ "$IMPORTS_OK" -gt 0 -a "$IMPORTS_OK" -lt "$IMPORTS_SENT" ]
check "every import answered 200 has all its $ROWS people and fingerprints ($IMPORTS_COMPLETE of $IMPORTS_OK)" [ "$IMPORTS_COMPLETE" = "$IMPORTS_OK" ]
check "no import is half-committed (all of its rows or none)" [ "$IMPORTS_PARTIAL" = 0 ]
check "an import not answered 200 wrote nothing ($IMPORTS_IN_DOUBT committed though unanswered)" [ "$IMPORTS_IN_DOUBT" = 0 ]
check "every committed import has its one import audit entry" [ "$IMPORTS_UNAUDITED" = 0 ]
check "the audit chain verifies" [ "$AUDIT_OK" = 0 ]
check "the status read model equals a rebuild from the events" [ "$BEFORE" = "$AFTER" ]
finish "$(field requests) requests, $(field s503) answered 503 while down, $PEOPLE_FOUND/$PEOPLE_ACK people, $EVENTS_FOUND/$EVENTS_ACK events and $FACTS_FOUND/$FACTS_ACK workspace facts acknowledged and present, imports of $ROWS rows: $IMPORTS_SENT sent, $IMPORTS_OK answered 200 and complete $IMPORTS_COMPLETE, not answered 200 and empty $IMPORTS_EMPTY, partial $IMPORTS_PARTIAL, in doubt $IMPORTS_IN_DOUBT, unaudited rows $UNAUDITED, half-committed $HALF_DONE, audit chain $( [ "$AUDIT_OK" = 0 ] && echo valid || echo broken), read model $( [ "$BEFORE" = "$AFTER" ] && echo 'equals rebuild' || echo 'differs from rebuild')"
