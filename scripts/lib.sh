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
