#!/bin/sh
# PostgreSQL container's first start (docker-entrypoint-initdb.d): the same two roles as scripts/run.sh.
# tracker_owner owns the database and runs migrations; the app connects as tracker_app, which `migrate`
# grants reading and writing the records and only appending to the audit log.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$TRACKER_OWNER_PASSWORD" -v app_password="$TRACKER_APP_PASSWORD" <<'SQL'
CREATE ROLE tracker_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE tracker_app LOGIN PASSWORD :'app_password';
ALTER DATABASE prisonertracker OWNER TO tracker_owner;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname prisonertracker -c "ALTER SCHEMA public OWNER TO tracker_owner"
