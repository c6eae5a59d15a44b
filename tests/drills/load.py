#!/usr/bin/env python3
"""Load client of the drills: N keep-alive connections for D seconds of mixed reads and writes.

Reads go past the public output cache (a cookie other than the language's), so each one runs its
queries. Writes create a person (POST /api/v1/detainees) and record an arrest on it, each with its own
Idempotency-Key; every write answered 2xx is appended to --writes-log as JSON, so that a drill can check
afterwards that it is in the database. With --staff-email, --workspace-connections signed-in staff sessions
record facts through the /workspace/record form (a redirect to the confirmation is the acknowledgement);
with --import-every, a CSV file of --import-rows new people is imported (dryRun=false) every so many seconds
and each attempt, acknowledged or not, lands in --imports-log (staff.py has both clients).
Prints one line: RESULT key=value ...; exit code 0.
"""
import argparse, http.client, json, os, random, sys, threading, time, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import staff
from urllib.parse import urlparse

READS = ["/api/v1/stats/summary", "/api/v1/detainees?limit=20", "/api/v1/facilities", "/", "/api/v1/detainees?limit=5&status=held"]

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--key", required=True, help="an editor API key, for the writes")
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--duration", type=float, default=60)
    p.add_argument("--write-share", type=float, default=0.2)
    p.add_argument("--timeout", type=float, default=30)
    p.add_argument("--writes-log", default=None)
    p.add_argument("--retry-writes", type=int, default=0,
                   help="resend a write answered 503 up to this many times, with the same Idempotency-Key, after its Retry-After")
    p.add_argument("--statuses-log", default=None, help="every response as 'elapsed_s status latency_ms path'")
    p.add_argument("--staff-email", default=None, help="a staff account without two-factor (an editor) for workspace writes")
    p.add_argument("--staff-password", default=None)
    p.add_argument("--organisation", default=None, help="the id of the staff member's organisation, reported on each fact")
    p.add_argument("--workspace-connections", type=int, default=0)
    p.add_argument("--import-every", type=float, default=0, help="seconds between CSV imports (0: none)")
    p.add_argument("--import-rows", type=int, default=200)
    p.add_argument("--imports-log", default=None)
    a = p.parse_args()
    url = urlparse(a.base)
    lock = threading.Lock()
    latencies, statuses, failures, writes, timeline, imports = [], {}, [], [], [], []
    start = time.monotonic()
    stop_at = start + a.duration

    def worker(n):
        rnd = random.Random(n)
        conn = None
        while time.monotonic() < stop_at:
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=a.timeout)
            if rnd.random() < a.write_share:
                # The person, then an arrest on it (its path is known once the person is created).
                steps = [("POST", "/api/v1/detainees", {"name": f"Drill {uuid.uuid4().hex[:12]}"}), ("POST", None, None)]
            else:
                steps = [("GET", rnd.choice(READS), None)]
            person = None
            for method, path, body in steps:
                if path is None:
                    if person is None: break
                    path, body = f"/api/v1/detainees/{person}/events", {"kind": "Arrested", "date": "2025-01-10", "confidence": "Verified"}
                headers = {"Cookie": "drill=uncached"}
                key = None
                if method == "POST":
                    key = uuid.uuid4().hex
                    headers.update({"Authorization": f"Bearer {a.key}", "Content-Type": "application/json", "Idempotency-Key": key})
                for attempt in range(1 + (a.retry_writes if method == "POST" else 0)):
                    status, data, conn, _ = send(conn, method, path, json.dumps(body) if body else None, headers)
                    if status != 503 or time.monotonic() >= stop_at: break
                    time.sleep(min(5, float(retry_after[0] or 1)))
                if method == "POST" and status in (200, 201):
                    created = json.loads(data or b"{}").get("id")
                    with lock:
                        writes.append({"path": path, "key": key, "status": status, "id": created})
                    if person is None: person = created
                if conn is None or status not in (200, 201): break

    retry_after = [None]

    def send(conn, method, path, body, headers):
        if conn is None:
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=a.timeout)
        t0 = time.monotonic()
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            status, resp_headers = resp.status, resp.getheaders()
        except Exception as e:  # a hang (timeout) or a dropped connection: reported, never hidden
            status, data, resp_headers = f"error:{type(e).__name__}", b"", []
            conn.close(); conn = None
        ms = (time.monotonic() - t0) * 1000
        with lock:
            latencies.append(ms)
            statuses[status] = statuses.get(status, 0) + 1
            timeline.append(f"{t0 - start:.3f} {status} {ms:.1f} {method} {path}")
            if status == 503:
                retry_after[0] = resp.getheader("Retry-After")
                if not retry_after[0]: failures.append(f"503 without Retry-After on {path}")
        return status, data, conn, resp_headers

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.connections)]
    drill = staff.Drill(a, send, lock, writes, imports, start, stop_at)
    if a.staff_email:
        threads += [threading.Thread(target=drill.workspace_worker, daemon=True) for _ in range(a.workspace_connections)]
    if a.import_every > 0:
        threads.append(threading.Thread(target=drill.import_worker, daemon=True))
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.monotonic() - start
    if a.writes_log:
        with open(a.writes_log, "w") as f:
            for w in writes: f.write(json.dumps(w) + "\n")
    if a.imports_log:
        with open(a.imports_log, "w") as f:
            for i in imports: f.write(json.dumps(i) + "\n")
    if a.statuses_log:
        with open(a.statuses_log, "w") as f: f.write("\n".join(timeline) + "\n")
    lat = sorted(latencies) or [0]
    pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
    # A workspace form answers a redirect (its target checked by staff.py): it counts as a success.
    ok = sum(v for k, v in statuses.items() if isinstance(k, int) and (200 <= k < 300 or k in (302, 303)))
    s503 = statuses.get(503, 0)
    s500 = sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500 and k != 503)
    errors = sum(v for k, v in statuses.items() if not isinstance(k, int))
    other = len(latencies) - ok - s503 - s500 - errors
    print(f"RESULT requests={len(latencies)} ok={ok} s503={s503} s5xx_other={s500} client_errors={errors} other={other} "
          f"writes_2xx={len(writes)} workspace_writes={sum(w['path'] == '/workspace/record' for w in writes)} "
          f"workspace_signed_out={drill.signed_out} imports={len(imports)} imports_2xx={sum(i['status'] == 200 for i in imports)} rps={len(latencies) / elapsed:.0f} p50_ms={pct(0.5):.1f} p99_ms={pct(0.99):.1f} "
          f"max_ms={lat[-1]:.1f} missing_retry_after={len(failures)} statuses={json.dumps({str(k): v for k, v in statuses.items()}, separators=(',', ':'))}")

if __name__ == "__main__":
    sys.exit(main())
