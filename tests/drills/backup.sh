# Backup drill (sourced by run.sh): writes, scripts/backup.sh, scripts/restore.sh into a fresh database, compare.
log "a few seconds of writes, then a backup and a restore into ${DB}_restored"
load 5 8 0.5 > /dev/null
export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres
PGDATABASE="$DB" scripts/backup.sh "$WORK/tracker.dump"
scripts/restore.sh "$WORK/tracker.dump" "${DB}_restored"
counts() { psql_q "SELECT string_agg(format('%s=%s', table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text), ' ' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'" "$1"; }
SOURCE_COUNTS=$(counts "$DB"); RESTORED_COUNTS=$(counts "${DB}_restored")
RESTORED_PORT=$(free_port)
start_app "$RESTORED_PORT" "ConnectionStrings__Tracker=Host=127.0.0.1;Port=$PG_PORT;Database=${DB}_restored;Username=tracker_app"
SUMMARY=$(curl -s -H 'Cookie: drill=uncached' "$BASE/api/v1/stats/summary")
# Its links name the instance that answered: the copy's port is put back before comparing.
RESTORED_SUMMARY=$(curl -s -H 'Cookie: drill=uncached' "http://127.0.0.1:$RESTORED_PORT/api/v1/stats/summary" | sed "s/127.0.0.1:$RESTORED_PORT/127.0.0.1:$APP_PORT/g")
AUDIT_OK=0
ConnectionStrings__Tracker="Host=127.0.0.1;Port=$PG_PORT;Database=${DB}_restored;Username=tracker_app" app_cmd verify-audit > "$WORK/verify.log" 2>&1 || AUDIT_OK=$?
APPEND_ONLY=$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U tracker_app -d "${DB}_restored" -qtAX -c "UPDATE audit_entries SET actor_name = 'x'" 2>&1 | grep -c 'permission denied' || true)

[ "$SUMMARY" = "$RESTORED_SUMMARY" ] || diff <(tr ',' '\n' <<< "$SUMMARY") <(tr ',' '\n' <<< "$RESTORED_SUMMARY") | head -20 >&2 || true
check "same row counts in every table" [ "$SOURCE_COUNTS" = "$RESTORED_COUNTS" ]
check "same /api/v1/stats/summary" [ -n "$SUMMARY" -a "$SUMMARY" = "$RESTORED_SUMMARY" ]
check "the restored audit chain verifies" [ "$AUDIT_OK" = 0 ]
check "the audit log is still append-only for the app role" [ "$APPEND_ONLY" = 1 ]
finish "$(du -h "$WORK/tracker.dump" | cut -f1) dump; rows $(tr ' ' '\n' <<< "$SOURCE_COUNTS" | grep -E '^(detainees|verification_events|audit_entries)=' | tr '\n' ' ')equal after restore; summary equal; audit chain $( [ "$AUDIT_OK" = 0 ] && echo valid || echo broken)"
