#!/usr/bin/env bash
# Back up the tracker database into one file: pg_dump's custom format (compressed, restored with
# scripts/restore.sh). The dump holds every table, the audit log and the grants of the app role.
#
#   scripts/backup.sh FILE
#
# Connection: the usual libpq variables, defaulting to the cluster of scripts/run.sh:
# PGHOST=127.0.0.1 PGPORT=$PG_PORT (5433) PGUSER=postgres PGDATABASE=prisonertracker (PGPASSWORD if needed).
#
# The encryption keys are NOT in the dump (docs/security.md): restricted fields stay encrypted in it,
# and a restore is readable only by an app configured with the same Encryption__* settings. Keep the
# keys in your secrets store, backed up separately from the dumps (never in the same place).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 1 ] && [ "$1" != "-h" ] && [ "$1" != "--help" ] || { sed -n '2,13p' "$0"; exit 2; }
FILE="$1"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${PG_PORT:-5433}}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-prisonertracker}"

ensure_postgres
# Written beside the target and renamed when complete: a failed or interrupted dump never
# leaves a file that looks like a backup. Readable by its owner only (names of withheld people are in it).
PARTIAL="$FILE.partial.$$"
trap 'rm -f "$PARTIAL"' EXIT
( umask 077; "$PG_BIN/pg_dump" --format=custom --compress=6 --file="$PARTIAL" "$PGDATABASE" )
# An archive whose table of contents cannot be read is not a backup.
"$PG_BIN/pg_restore" --list "$PARTIAL" > /dev/null
mv -f "$PARTIAL" "$FILE"
trap - EXIT

log "backed up database $PGDATABASE on $PGHOST:$PGPORT into $FILE ($(du -h "$FILE" | cut -f1))"
log "the encryption keys are not in it: keep Encryption__* (e.g. .data/encryption-keys.env) in your secrets store, apart from the dump"
