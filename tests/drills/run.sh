#!/usr/bin/env bash
# Reliability drills (docs/reliability.md), one command each, from a fresh clone:
#
#   tests/drills/run.sh outage      # PostgreSQL stopped under load: 503 + Retry-After, never 500 or a hang; recovers by itself
#   tests/drills/run.sh terminate   # backends killed with pg_terminate_backend under load: no 500
#   tests/drills/run.sh crash       # PostgreSQL stopped with -m immediate under API writes, workspace facts and CSV imports:
#                                   # every acknowledged write is there with its audit row, no import half-committed
#   tests/drills/run.sh load        # 64 connections, 60 s, mixed reads and writes (workspace and imports too): zero unexpected errors, p99
#   tests/drills/run.sh two-instances  # HAProxy before two instances (shared PostgreSQL, Redis), one killed under wrk: no failed request
#   tests/drills/run.sh backup      # backup.sh, restore.sh into a fresh database: same rows, same summary, audit chain valid
#
# Each starts its own PostgreSQL (fsync on) and the app (Release, Production environment), prints
# PASS or FAIL with its numbers and exits non-zero on failure. DRILL_SECONDS shortens or lengthens
# the load (default 20; 60 for load); PG_PORT picks the cluster's port; DRILL_KEEP=1 keeps the work directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
DRILL="${1:-}"
case "$DRILL" in outage|terminate|crash|load|backup|two-instances) ;; *) sed -n '2,16p' "$0"; exit 2 ;; esac
source "$ROOT/tests/drills/setup.sh"
source "$ROOT/tests/drills/$DRILL.sh"
