# Imports of the crash drill (sourced by crash.sh): for each file sent, its people (by the names' prefix,
# unique to the file) and its fingerprints (imported_rows by the file's SHA-256). An import answered 200
# must have all its rows; one that was not must have none; a partial one is a half-committed import.
IMPORTS_SENT=0 IMPORTS_OK=0 IMPORTS_COMPLETE=0 IMPORTS_EMPTY=0 IMPORTS_PARTIAL=0 IMPORTS_IN_DOUBT=0 IMPORTS_UNAUDITED=0
while IFS=$'\t' read -r prefix sha rows status; do
  [ -n "$prefix" ] || continue
  IMPORTS_SENT=$((IMPORTS_SENT + 1))
  people=$(psql_q "SELECT count(*) FROM detainees WHERE name LIKE '$prefix row %'")
  prints=$(psql_q "SELECT count(*) FROM imported_rows WHERE file_hash = '$sha'")
  audits=$(psql_q "SELECT count(*) FROM audit_entries WHERE action = 'import' AND changes LIKE '%$sha%'")
  log "  import $prefix: answered $status, $people people, $prints fingerprints, $audits import audit entries"
  if [ "$people" != 0 ] && [ "$audits" != 1 ]; then IMPORTS_UNAUDITED=$((IMPORTS_UNAUDITED + 1)); fi
  if [ "$people" != "$prints" ] || { [ "$people" != 0 ] && [ "$people" != "$rows" ]; }; then
    IMPORTS_PARTIAL=$((IMPORTS_PARTIAL + 1))
  elif [ "$status" = 200 ]; then
    IMPORTS_OK=$((IMPORTS_OK + 1)); [ "$people" = "$rows" ] && IMPORTS_COMPLETE=$((IMPORTS_COMPLETE + 1))
  elif [ "$people" = 0 ]; then
    IMPORTS_EMPTY=$((IMPORTS_EMPTY + 1))
  else
    # Committed, but the answer was lost with the server (the commit raced the crash): not half-committed,
    # yet the client cannot know, so it is reported.
    IMPORTS_IN_DOUBT=$((IMPORTS_IN_DOUBT + 1))
  fi
done < <(python3 -c "import json,sys; [print('\t'.join(str(i[k]) for k in ('prefix','sha256','rows','status'))) for i in map(json.loads, open(sys.argv[1]))]" "$WORK/imports.jsonl")
