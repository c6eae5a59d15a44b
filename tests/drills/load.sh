# Load drill (sourced by run.sh): 64 connections of mixed reads and writes, 60 s by default, plus two
# signed-in workspace sessions recording facts and a CSV import of 200 people every 15 s.
S="${DRILL_SECONDS:-60}"
LOAD_BEFORE="$(cut -d" " -f1-3 /proc/loadavg)"
create_staff_editor
LOAD_ARGS+=(--workspace-connections 2 --import-every 15 --import-rows 200)
log "load: 64 connections for $S s, one in five requests a write (a person, then an arrest on it); 2 workspace sessions; an import every 15 s"
load "$S" 64 0.2 > /dev/null
cat "$WORK/result"
check "no unexpected status (every answer 2xx, or a form's redirect)" [ "$(field ok)" = "$(field requests)" ]
check "no request hung or dropped" [ "$(field client_errors)" = 0 ]
check "workspace facts were recorded ($(field workspace_writes))" [ "$(field workspace_writes)" -gt 0 ]
check "no workspace form was redirected anywhere but to its confirmation (signed out: $(field workspace_signed_out))" [ "$(field workspace_signed_out)" = 0 ]
check "every import was answered 200 ($(field imports_2xx) of $(field imports))" [ "$(field imports_2xx)" = "$(field imports)" -a "$(field imports)" -gt 0 ]
finish "$(field requests) requests in $S s ($(field rps)/s), $(field writes_2xx) writes ($(field workspace_writes) through the workspace form), $(field imports_2xx)/$(field imports) imports of 200 people, errors $(( $(field requests) - $(field ok) )), p50 $(field p50_ms) ms, p99 $(field p99_ms) ms, max $(field max_ms) ms, $(nproc) cores, load average before $LOAD_BEFORE"
