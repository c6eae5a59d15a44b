"""Turns the figures tests/bench/run.sh recorded (SIZE<TAB>KEY<TAB>VALUE lines) into a Markdown
section and puts it into docs/benchmarks.md between its markers, replacing the previous one.

Usage: python3 report.py RESULTS.tsv docs/benchmarks.md
"""
import datetime
import sys

START, END = "<!-- load-benchmark:start -->", "<!-- load-benchmark:end -->"

ENDPOINTS = [
    ("static", "static file of the dashboard's size", "`/bench-static.html`"),
    ("dashboard", "dashboard", "`/`"),
    ("search", "name search page", "`/detainees?q=martinez`"),
    ("detainee_page", "detainee page", "`/detainees/{id}`"),
    ("list", "API list, page of 50", "`/api/v1/detainees?limit=50&status=held`"),
    ("point", "API point read", "`/api/v1/detainees/{id}`"),
    ("summary", "API summary (with breakdowns)", "`/api/v1/stats/summary`"),
    ("facility", "API facility counts", "`/api/v1/facilities/{id}`"),
    ("timeseries", "API year of daily series", "`/api/v1/stats/timeseries?…&interval=day`"),
    ("csv", "API CSV export", "`/api/v1/detainees?format=csv…`"),
]
PAGES = ["dashboard", "search", "detainee_page"]


def load(path):
    figures = {}
    for line in open(path, encoding="utf-8"):
        size, key, value = line.rstrip("\n").split("\t", 2)
        figures.setdefault(size, {})[key] = value
    return figures


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def fmt(value, digits=1):
    v = num(value)
    if v is None:
        return "–" if value in (None, "") else str(value)
    if abs(v) >= 1000 or digits == 0:
        return f"{v:,.0f}"
    return f"{v:.{digits}f}"


def ratio(a, b, digits=2):
    a, b = num(a), num(b)
    return None if a is None or not b else round(a / b, digits)


def people(size):
    return f"{int(size):,}"


def uncached(f, key):
    """Uncached req/s, p50, p99; a run in which no request finished says so instead of showing zeros."""
    if f.get(f"{key}.uncached.requests") == "0":
        return "none finished in a run | – | –"
    return (f"{fmt(f.get(f'{key}.uncached.rps'), 0)} | {fmt(f.get(f'{key}.uncached.p50_ms'), 2)} | "
            f"{fmt(f.get(f'{key}.uncached.p99_ms'), 2)}")


def build(figures):
    run = figures["all"]
    sizes = sorted((s for s in figures if s != "all"), key=int)
    big, small = sizes[-1], sizes[0]
    quick = run["mode"] == "quick"
    out = [START, "", "## Load benchmark", ""]
    out.append(f"Written by `bash tests/bench/run.sh{' --quick' if quick else ''}` on "
               f"{datetime.date.today().isoformat()}, commit `{run['commit']}`."
               + (" **Quick run** (2,000 people): it shows the harness works; its figures say little about 100,000."
                  if quick else ""))
    out.append("")
    out.append(f"Machine: {run['cores']} cores, {run['os']}; load average {run['load_before']} before, "
               f"{run['load_after']} after. PostgreSQL {run['postgres']} (private cluster, default settings, "
               f"fsync {run['fsync']}), .NET {run['dotnet']}, app published in Release, Production environment.")
    out.append("")
    out.append(f"wrk: {run['connections']} connections, 2 threads, {run['duration']} s per run, three runs after a warm-up, "
               "the median run (by requests/s) shown. **Cached**: anonymous requests, answered from the output cache "
               "after the first. **Uncached**: the same requests with a cookie, which the public cache neither serves nor "
               "stores, so each one runs its queries. *First*: the first request after the app started (cache cold; the "
               "dashboard's is also the first request the app ever served). *Single*: median of five sequential uncached "
               "requests. Times in ms; *bad* counts socket errors and HTTP statuses ≥ 400 in the median runs "
               "(each URL is checked to answer 200 first). The app logs 499 for the requests wrk leaves "
               "unfinished when a run ends; those are not failures. The pages' ratios compare each page with "
               "a static file of the dashboard's size, whatever their own size.")
    out.append("")
    out.append("| Endpoint | People | first ms | single ms | cached req/s | p50 | p99 | uncached req/s | p50 | p99 | bad | bytes |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key, label, path in ENDPOINTS:
        for size in sizes:
            f = figures[size]
            bad = sum(int(num(f.get(f"{key}.{m}.bad")) or 0) for m in ("cached", "uncached"))
            status = f.get(f"{key}.status")
            extra = "" if status in (None, "200") else f" (**{status}**)"
            single_status = f.get(f"{key}.single_status")
            if single_status not in (None, "200"):
                extra += f" (uncached: **{single_status}**)"
            out.append(f"| {label} {path}{extra} | {people(size)} | {fmt(f.get(f'{key}.first_ms'))} | "
                       f"{fmt(f.get(f'{key}.single_ms'))} | "
                       f"{fmt(f.get(f'{key}.cached.rps'), 0)} | {fmt(f.get(f'{key}.cached.p50_ms'), 2)} | "
                       f"{fmt(f.get(f'{key}.cached.p99_ms'), 2)} | {uncached(f, key)} | "
                       f"{bad} | {fmt(f.get(f'{key}.bytes'), 0)} |")
    out.append("")

    out.append("| Figure | " + " | ".join(people(s) for s in sizes) + " |")
    out.append("| --- |" + " ---: |" * len(sizes))
    rows = [
        ("events", "events in the dataset", 0),
        ("generate_ms", "`generate` wall time, ms", 0),
        ("startup_ms", "startup to first 200 on `/health/ready`, ms (migrations applied)", 0),
        ("rss_cached_mb", "peak RSS after the cached runs, MB", 0),
        ("rss_peak_mb", "peak RSS after all runs, MB", 0),
        ("pool", "app pool connections open after the uncached list runs", 0),
        ("csv.rows", "CSV export rows", 0),
        ("detainee_events", "events of the detainee read (median person)", 0),
        ("pgbench.list.latency_ms", "pgbench list SQL, 1 connection: latency ms", 2),
        ("pgbench.list.tps", "pgbench list SQL at the pool's connections: tps", 0),
        ("pgbench.point.latency_ms", "pgbench point-read SQL, 1 connection: latency ms", 2),
        ("pgbench.point.tps", "pgbench point-read SQL at the pool's connections: tps", 0),
    ]
    for key, label, digits in rows:
        out.append(f"| {label} | " + " | ".join(fmt(figures[s].get(key), digits) for s in sizes) + " |")
    out.append("")

    out.append("Ratios (" + ", ".join(people(s) for s in sizes) + " people):")
    out.append("")
    f_static = {s: figures[s].get("static.cached.rps") for s in sizes}
    lines = []
    for page in PAGES:
        lines.append(f"- {page.replace('_', ' ')} warm (cached) / static file req/s: "
                     + ", ".join(fmt(ratio(figures[s].get(f'{page}.cached.rps'), f_static[s]), 2) for s in sizes))
    for key in ("list", "point"):
        lines.append(f"- {key} uncached req/s / pgbench tps of its SQL: "
                     + ", ".join(fmt(ratio(figures[s].get(f'{key}.uncached.rps'), figures[s].get(f'pgbench.{key}.tps')), 2) for s in sizes)
                     + "; cached: "
                     + ", ".join(fmt(ratio(figures[s].get(f'{key}.cached.rps'), figures[s].get(f'pgbench.{key}.tps')), 2) for s in sizes))
    if len(sizes) > 1:
        for key in ("point", "list"):
            lines.append(f"- {key}, {people(big)} vs {people(small)}: single-request time ×"
                         f"{fmt(ratio(figures[big].get(f'{key}.single_ms'), figures[small].get(f'{key}.single_ms')), 2)}, "
                         f"uncached req/s ×{fmt(ratio(figures[big].get(f'{key}.uncached.rps'), figures[small].get(f'{key}.uncached.rps')), 2)}")
    out.extend(lines)
    out.append("")

    f = figures[big]
    out.append(f"Targets, judged at {people(big)} people" + (" (a quick run: indicative only)" if quick else "") + ":")
    out.append("")
    out.append("| Target | Figure | Met |")
    out.append("| --- | --- | --- |")

    def target(text, figure, met):
        out.append(f"| {text} | {figure} | {'–' if met is None else ('yes' if met else '**no**')} |")

    for page in PAGES:
        r = ratio(f.get(f"{page}.cached.rps"), f.get("static.cached.rps"))
        target(f"{page.replace('_', ' ')} warm ≥ 0.8× static file req/s", f"{fmt(r, 2)}×", None if r is None else r >= 0.8)
    cold = num(f.get("dashboard.single_ms"))
    target("cold dashboard < 50 ms (uncached, app warm)", f"{fmt(cold)} ms (first request after start: {fmt(f.get('dashboard.first_ms'))} ms)",
           None if cold is None else cold < 50)
    r = ratio(f.get("list.uncached.rps"), f.get("pgbench.list.tps"))
    target("list ≥ 0.30× pgbench of its SQL (uncached)", f"{fmt(r, 2)}×", None if r is None else r >= 0.30)
    lat = num(f.get("pgbench.list.latency_ms"))
    target("list SQL < 5 ms", f"{fmt(lat, 2)} ms", None if lat is None else lat < 5)
    p99 = num(f.get("list.uncached.p99_ms"))
    target("list p99 < 50 ms at 32 connections (uncached)", f"{fmt(p99, 1)} ms (cached {fmt(f.get('list.cached.p99_ms'), 1)} ms)",
           None if p99 is None else p99 < 50)
    bad = sum(int(num(figures[s].get(f"{k}.{m}.bad")) or 0) for s in sizes for k, _, _ in ENDPOINTS for m in ("cached", "uncached"))
    not_ok = [f"{k} at {people(s)}: {figures[s].get(k + suffix)}" for s in sizes for k, _, _ in ENDPOINTS
              for suffix in (".status", ".single_status") if figures[s].get(k + suffix) not in (None, "200")]
    target("zero non-2xx", f"{bad} bad in the median runs" + (f"; first requests: {', '.join(not_ok)}" if not_ok else ""),
           bad == 0 and not not_ok)
    for key, label in (("summary", "summary (with breakdowns)"), ("facility", "facility counts")):
        ms = num(f.get(f"{key}.single_ms"))
        target(f"{label} < 20 ms", f"{fmt(ms)} ms", None if ms is None else ms < 20)
    ms = num(f.get("timeseries.single_ms"))
    target("a year of daily series < 50 ms", f"{fmt(ms)} ms", None if ms is None else ms < 50)
    if len(sizes) > 1:
        for key, label in (("point", "point read"), ("list", "page of 50")):
            r = ratio(f.get(f"{key}.single_ms"), figures[small].get(f"{key}.single_ms"))
            target(f"{label}: {people(big)} within 2× of {people(small)}", f"×{fmt(r, 2)} single-request time", None if r is None else r <= 2)
    else:
        target("point reads and pages of 50 within 2× between sizes", "needs the full run", None)
    rss = max((num(figures[s].get("rss_peak_mb")) or 0) for s in sizes)
    target("peak RSS ≤ 250 MB", f"{fmt(rss, 0)} MB", rss <= 250)
    startup = max((num(figures[s].get("startup_ms")) or 0) for s in sizes)
    target("startup ≤ 3 s", f"{fmt(startup / 1000, 2)} s", startup <= 3000)
    out.append("")
    out.append(END)
    return "\n".join(out)


def main():
    section = build(load(sys.argv[1]))
    doc_path = sys.argv[2]
    doc = open(doc_path, encoding="utf-8").read()
    if START in doc and END in doc:
        before, rest = doc.split(START, 1)
        after = rest.split(END, 1)[1]
        doc = before + section + after
    else:
        doc = doc.rstrip("\n") + "\n\n" + section + "\n"
    open(doc_path, "w", encoding="utf-8").write(doc)
    print(section)


if __name__ == "__main__":
    main()
