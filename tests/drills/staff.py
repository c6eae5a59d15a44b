"""Workspace and import writes for the drills' load client (load.py).

A staff session signs in through /workspace/signin as a browser does: it GETs each form for its
antiforgery token and posts it back with the cookies. Outside Development the app's cookies are Secure
and need an HTTPS request: each request says X-Forwarded-Proto: https as the TLS-ending load balancer
does (the app believes it from loopback), and the cookies are kept by hand since the socket is plain HTTP.
A CSV import is one file of new, uniquely named people, posted with dryRun=false: its rows are
recognisable afterwards by the file's SHA-256 (imported_rows.file_hash) and by the names' prefix.
"""
import hashlib, html, json, re, time, uuid
from urllib.parse import urlencode, urlparse, parse_qs

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


class StaffSession:
    """One signed-in staff member over one keep-alive connection (send is load.py's)."""

    def __init__(self, send, email, password):
        self.send, self.email, self.password = send, email, password
        self.cookies, self.conn = {}, None

    def request(self, method, path, form=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()) or "drill=uncached", "X-Forwarded-Proto": "https"}
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        status, data, self.conn, resp_headers = self.send(self.conn, method, path, body, headers)
        for name, value in resp_headers:
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                if val: self.cookies[key.strip()] = val
                else: self.cookies.pop(key.strip(), None)
        location = next((v for k, v in resp_headers if k.lower() == "location"), "")
        return status, data, location

    def post_form(self, page, fields, action=None):
        """GETs the page, then posts its form with the rendered token; None when the GET failed."""
        status, data, _ = self.request("GET", page)
        if status != 200: return status, None
        match = TOKEN.search(data.decode("utf-8", "replace"))
        if not match: return "no-token", None
        fields["__RequestVerificationToken"] = html.unescape(match.group(1))
        status, _, location = self.request("POST", action or page, fields)
        return status, location

    def sign_in(self):
        status, location = self.post_form("/workspace/signin", {"Input.Email": self.email, "Input.Password": self.password})
        return status in (302, 303) and "/workspace/signin" not in location

    def record_fact(self, person, organisation):
        """Records a pending arrest on the person; the id of the fact when the form redirected to its confirmation."""
        status, location = self.post_form(f"/workspace/record?person={person}", {
            "Input.PersonId": person, "Input.Kind": "Arrested", "Input.Date": "2025-01-10", "Input.Precision": "Day",
            "Input.ReportingOrganisationId": organisation, "Input.Confidence": "Verified",
            "Input.Sources[0].Url": "https://example.org/news/drill", "Input.Sources[0].Publisher": "Drill desk",
        }, "/workspace/record")
        if status in (302, 303):
            recorded = parse_qs(urlparse(location).query).get("recorded")
            return status, recorded[0] if recorded else None
        return status, None


def import_file(rows):
    """A CSV file of `rows` new people, each with an arrest; its names share a prefix unique to the file."""
    prefix = f"Import {uuid.uuid4().hex[:10]}"
    lines = ["Name,Arrest date,Status,Confidence,Source URL"]
    lines += [f"{prefix} row {i:04d},2025-01-10,Detained,Verified,https://example.org/list/{i}" for i in range(rows)]
    data = ("\r\n".join(lines) + "\r\n").encode()
    return prefix, hashlib.sha256(data).hexdigest(), data


class Drill:
    """The workspace and import workers of load.py, sharing its send, lock and logs."""

    def __init__(self, a, send, lock, writes, imports, start, stop_at):
        self.a, self.send, self.lock, self.writes, self.imports = a, send, lock, writes, imports
        self.start, self.stop_at, self.signed_out = start, stop_at, 0

    def api_person(self, conn):
        headers = {"Authorization": f"Bearer {self.a.key}", "Content-Type": "application/json", "Idempotency-Key": uuid.uuid4().hex, "Cookie": "drill=uncached"}
        status, data, conn, _ = self.send(conn, "POST", "/api/v1/detainees", json.dumps({"name": f"Drill {uuid.uuid4().hex[:12]}"}), headers)
        created = json.loads(data or b"{}").get("id") if status == 201 else None
        if created:
            with self.lock: self.writes.append({"path": "/api/v1/detainees", "status": status, "id": created})
        return created, conn

    def workspace_worker(self):
        """A person through the API, then a fact about them through the workspace form, until the end."""
        session, api, signed_in = StaffSession(self.send, self.a.staff_email, self.a.staff_password), None, False
        while time.monotonic() < self.stop_at:
            if not signed_in:
                signed_in = session.sign_in()
                if not signed_in: time.sleep(1); continue
            person, api = self.api_person(api)
            if person is None: time.sleep(0.5); continue
            status, fact = session.record_fact(person, self.a.organisation)
            if status in (302, 303) and fact is None:  # redirected elsewhere than the confirmation: signed out
                with self.lock: self.signed_out += 1
                signed_in = False
            elif fact:
                with self.lock: self.writes.append({"path": "/workspace/record", "status": status, "id": fact})

    def import_worker(self):
        """Every --import-every seconds, a new file of --import-rows people, never resent."""
        conn, due = None, self.start + self.a.import_every / 2
        while True:
            time.sleep(max(0, due - time.monotonic()))
            if time.monotonic() >= self.stop_at: return
            prefix, sha, data = import_file(self.a.import_rows)
            headers = {"Authorization": f"Bearer {self.a.key}", "Content-Type": "text/csv", "Cookie": "drill=uncached"}
            status, _, conn, _ = self.send(conn, "POST", f"/api/v1/imports/detainees?dryRun=false&fileName={prefix.replace(' ', '-')}.csv", data, headers)
            with self.lock: self.imports.append({"prefix": prefix, "sha256": sha, "rows": self.a.import_rows, "status": status})
            due += self.a.import_every


if __name__ == "__main__":
    # staff.py set-password BASE LINK PASSWORD: opens a one-time link and chooses the password (drill setup).
    import http.client, sys
    base = urlparse(sys.argv[2])

    def send(conn, method, path, body, headers):
        conn = conn or http.client.HTTPConnection(base.hostname, base.port, timeout=60)
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read(), conn, resp.getheaders()

    link = urlparse(sys.argv[3])
    status, location = StaffSession(send, "", "").post_form(f"{link.path}?{link.query}", {"Input.Password": sys.argv[4]})
    sys.exit(0 if status in (302, 303) and "/workspace/signin" in location else f"set-password answered {status}")
