-- wrk reporter: one machine-readable line at the end of a run.
-- Only done() is defined, so wrk keeps its fast path (no per-request Lua).
-- "bad" counts socket errors (connect, read, write, timeout) and HTTP statuses of 400 and above.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d bad=%d status_errors=%d timeouts=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, e.status, e.timeout))
end
