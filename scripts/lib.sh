#!/usr/bin/env bash
# Shared helpers for run.sh and test.sh: find or install PostgreSQL, run a private cluster.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1m[prisonertracker]\033[0m %s\n' "$*" >&2; }

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    log "missing packages ($*); install them with: sudo apt-get install $*"; exit 1
  fi
  log "installing $* with apt"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

ensure_postgres() {
  if ! pg_bindir >/dev/null || [ ! -f "$(ls -d /usr/share/postgresql/*/extension 2>/dev/null | head -1)/pg_trgm.control" ]; then
    apt_install postgresql postgresql-contrib
  fi
  PG_BIN="$(pg_bindir)"
  export PG_BIN
}

# PostgreSQL refuses to run as root: as root the cluster belongs to the 'postgres' system user.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR PORT: create the cluster in DIR if needed, start it on 127.0.0.1:PORT, wait until ready.
pg_start() {
  local dir="$1" port="$2"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; chmod 700 "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    log "creating PostgreSQL cluster in $dir"
    as_pg_owner "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    log "PostgreSQL already running in $dir"
    return 0
  fi
  as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=${PG_FSYNC:-on} -c max_connections=200" start >/dev/null
  for _ in $(seq 1 60); do
    "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$port" -q && return 0
    sleep 0.5
  done
  log "PostgreSQL did not become ready; see $dir/server.log"; return 1
}

# pg_ensure_roles PORT: the two roles of the tracker's database. tracker_owner owns the database and its
# tables and runs migrations; tracker_app is what the app connects as (granted by `migrate`: read and write
# the records, only insert into and read the audit log). Login is by the cluster's local trust, no passwords.
pg_ensure_roles() {
  local port="$1" role
  for role in tracker_owner tracker_app; do
    "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc \
      "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN; END IF; END \$\$" >/dev/null
  done
}

# pg_ensure_database PORT NAME: NAME owned by tracker_owner. A database made before the owner role existed
# (owned by postgres) is handed over, with its schema and everything in it, so migrations can alter it.
pg_ensure_database() {
  local port="$1" name="$2"
  local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA)
  "${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || "${psql[@]}" -d postgres -c "CREATE DATABASE $name OWNER tracker_owner" >/dev/null
  "${psql[@]}" -d postgres -c "ALTER DATABASE $name OWNER TO tracker_owner" >/dev/null
  "${psql[@]}" -d "$name" >/dev/null <<'SQL'
ALTER SCHEMA public OWNER TO tracker_owner;
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> 'tracker_owner'
             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
             -- A column's sequence (serial, identity) follows its table.
             AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format(CASE r.relkind WHEN 'S' THEN 'ALTER SEQUENCE %I OWNER TO tracker_owner'
                                  WHEN 'v' THEN 'ALTER VIEW %I OWNER TO tracker_owner'
                                  WHEN 'm' THEN 'ALTER MATERIALIZED VIEW %I OWNER TO tracker_owner'
                                  ELSE 'ALTER TABLE %I OWNER TO tracker_owner' END, r.relname);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS sig, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'tracker_owner'
             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format(CASE r.prokind WHEN 'p' THEN 'ALTER PROCEDURE %s OWNER TO tracker_owner' ELSE 'ALTER FUNCTION %s OWNER TO tracker_owner' END, r.sig);
  END LOOP;
  FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> 'tracker_owner'
             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER TYPE %I OWNER TO tracker_owner', r.typname);
  END LOOP;
END $$;
SQL
}

pg_stop() {
  local dir="$1"
  [ -f "$dir/PG_VERSION" ] || return 0
  as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

ensure_dotnet_tools() {
  command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (dotnet not found)"; exit 1; }
  (cd "$ROOT" && dotnet tool restore >/dev/null)
}

# Browser tests drive Debian's Chromium; a test tool's own browser download cannot work offline.
ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium fonts-dejavu-core
}

# The scale-out tests start a real redis-server beside a PostgreSQL primary and standby (docs/operations.md).
ensure_redis() {
  command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || apt_install redis-server
}

# The web build copies Chart.js from npm into wwwroot/lib.
ensure_node() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
}

# Spectral and the OWASP ruleset, pinned in tests/openapi-lint/package-lock.json; reinstalled when the lock changes.
# --ignore-scripts: their only install script is a usage-analytics ping.
ensure_openapi_lint() {
  local dir="$ROOT/tests/openapi-lint"
  if [ ! -x "$dir/node_modules/.bin/spectral" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.npm-ci.stamp" ]; then
    log "installing the OpenAPI linter (npm ci in tests/openapi-lint)"
    (cd "$dir" && SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund >/dev/null) && touch "$dir/node_modules/.npm-ci.stamp"
  fi
}
