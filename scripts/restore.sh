#!/usr/bin/env bash
# Restore a dump made by scripts/backup.sh into a fresh database (created when missing; an existing
# database must be empty: a restore never merges into live data).
#
#   scripts/restore.sh FILE [DATABASE]      # DATABASE defaults to $PGDATABASE, else prisonertracker
#
# Connection: PGHOST=127.0.0.1 PGPORT=$PG_PORT (5433) PGUSER=postgres (the owner role); APP_ROLE
# (default tracker_app) is the role the app connects as. Objects are owned by PGUSER; the grants in
# the dump (the app role may only append to and read the audit log) are restored as they were, so
# the app role is created first when the server lacks it.
#
# The dump has no encryption keys: start the app with the same Encryption__* settings as the server
# that was backed up (docs/security.md), else restricted fields cannot be read. Then check the
# restore with `verify-audit` (the audit log's hash chain) and compare /api/v1/stats/summary.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -ge 1 ] && [ $# -le 2 ] && [ "$1" != "-h" ] && [ "$1" != "--help" ] || { sed -n '2,14p' "$0"; exit 2; }
FILE="$1"
DB="${2:-${PGDATABASE:-prisonertracker}}"
APP_ROLE="${APP_ROLE:-tracker_app}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${PG_PORT:-5433}}" PGUSER="${PGUSER:-postgres}"
[ -r "$FILE" ] || { log "cannot read $FILE"; exit 2; }

ensure_postgres
PSQL=("$PG_BIN/psql" -v ON_ERROR_STOP=1 -qtA)
"$PG_BIN/pg_restore" --list "$FILE" > /dev/null || { log "$FILE is not a pg_dump archive"; exit 1; }

"${PSQL[@]}" -d postgres -v role="$APP_ROLE" <<'SQL' > /dev/null
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SQL
exists="$("${PSQL[@]}" -d postgres -v db="$DB" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'db';
SQL
)"
if [ "$exists" = 0 ]; then
  "${PSQL[@]}" -d postgres -v db="$DB" <<'SQL' > /dev/null
SELECT format('CREATE DATABASE %I', :'db') \gexec
SQL
else
  tables="$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
  [ "$tables" = 0 ] || { log "database $DB already has $tables tables: restore into a new or empty database"; exit 1; }
fi

# One transaction: a restore that fails half-way leaves the database empty, not half-filled.
"$PG_BIN/pg_restore" --exit-on-error --single-transaction --no-owner --dbname="$DB" "$FILE"
# pg_restore brings no planner statistics; without them the first queries plan badly.
"${PSQL[@]}" -d "$DB" -c "ANALYZE" > /dev/null

log "restored $FILE into database $DB on $PGHOST:$PGPORT"
log "start the app with the Encryption__* keys of the server that was backed up, then run verify-audit"
