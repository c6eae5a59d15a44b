# Load drill (sourced by run.sh): 64 connections of mixed reads and writes, 60 s by default.
S="${DRILL_SECONDS:-60}"
log "load: 64 connections for $S s, one in five requests a write (a person, then an arrest on it)"
load "$S" 64 0.2 > /dev/null
cat "$WORK/result"
check "no unexpected status (every answer 2xx)" [ "$(field ok)" = "$(field requests)" ]
check "no request hung or dropped" [ "$(field client_errors)" = 0 ]
finish "$(field requests) requests in $S s ($(field rps)/s), $(field writes_2xx) writes, errors $(( $(field requests) - $(field ok) )), p50 $(field p50_ms) ms, p99 $(field p99_ms) ms, max $(field max_ms) ms, $(nproc) cores"
