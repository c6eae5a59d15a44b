# Two-instance drill (sourced by run.sh): HAProxy (Debian's) in front of two app instances on one
# PostgreSQL and one Redis, wrk through HAProxy, and one instance killed (SIGKILL) half way through.
# HAProxy's health check (/health/ready every second) takes it out of rotation, and its layer-7 retries
# resend a request whose connection was refused or closed without an answer to the other instance,
# so at most the killed instance's in-flight requests may fail; the drill expects none to.
command -v haproxy > /dev/null || apt_install haproxy
command -v wrk > /dev/null || apt_install wrk
command -v redis-server > /dev/null || apt_install redis-server
S="${DRILL_SECONDS:-20}"
CONNECTIONS=16
REDIS_PORT="$(free_port)"; APP2_PORT="$(free_port)"; LB_PORT="$(free_port)"
stop_apps  # setup.sh's single instance: both instances below share Redis
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
APP_PIDS+=($!)
export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
start_app "$APP_PORT"; APP1_PID="${APP_PIDS[-1]}"
start_app "$APP2_PORT"
cat > "$WORK/haproxy.cfg" <<CFG
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response
frontend public
    bind 127.0.0.1:$LB_PORT
    http-request set-header X-Forwarded-Proto https
    option forwardfor
    default_backend tracker
backend tracker
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server app1 127.0.0.1:$APP_PORT check
    server app2 127.0.0.1:$APP2_PORT check
CFG
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
APP_PIDS+=($!)
sleep 3
log "wrk through HAProxy for $S s ($CONNECTIONS connections, uncached reads); instance 1 killed with SIGKILL at $((S / 2)) s"
wrk -t2 -c"$CONNECTIONS" -d"${S}s" --timeout 30s -H "Cookie: drill=uncached" "http://127.0.0.1:$LB_PORT/api/v1/detainees?limit=20" > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
sleep $((S / 2))
kill -KILL "$APP1_PID"
wait "$WRK_PID" || true
cat "$WORK/wrk.txt"
REQUESTS=$(grep -oE '^ *[0-9]+ requests in' "$WORK/wrk.txt" | grep -oE '[0-9]+' | head -1)
NON2XX=$(grep -oE 'Non-2xx or 3xx responses: [0-9]+' "$WORK/wrk.txt" | grep -oE '[0-9]+$' || true); NON2XX=${NON2XX:-0}
SOCKET=$(grep -oE 'Socket errors: .*' "$WORK/wrk.txt" | grep -oE '[0-9]+' | awk '{s += $1} END {print s + 0}' || true); SOCKET=${SOCKET:-0}
LATENCY=$(grep -E '^ +Latency' "$WORK/wrk.txt" | awk '{print $2" avg, "$4" max"}')
AFTER=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: drill=uncached" "http://127.0.0.1:$LB_PORT/api/v1/detainees?limit=5")
check "instance 1 is dead" [ "$(kill -0 "$APP1_PID" 2>/dev/null && echo alive || echo dead)" = dead ]
check "no failed request beyond the killed instance's in-flight ones (at most $CONNECTIONS; $NON2XX non-2xx, $SOCKET socket errors)" [ $((NON2XX + SOCKET)) -le "$CONNECTIONS" ]
check "no failed request at all (HAProxy resent the cut-off ones)" [ $((NON2XX + SOCKET)) = 0 ]
check "requests still answered 200 through HAProxy after the kill" [ "$AFTER" = 200 ]
finish "$REQUESTS requests through HAProxy in $S s, instance 1 killed at $((S / 2)) s: $NON2XX non-2xx, $SOCKET socket errors, latency $LATENCY, $(nproc) cores"
