#!/usr/bin/env bash
# The whole test suite against a throwaway PostgreSQL cluster (removed afterwards, even on failure).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_postgres
ensure_redis
ensure_chromium
ensure_node
ensure_dotnet_tools
ensure_openapi_lint

log "restoring and building"
dotnet restore PrisonerTracker.sln >/dev/null
dotnet build PrisonerTracker.sln -c Release --no-restore -warnaserror >/dev/null || dotnet build PrisonerTracker.sln -c Release --no-restore

PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/prisonertracker-test-XXXXXX")"
chmod 755 "$PG_DIR"  # the postgres system user must reach its data folder
PG_PORT_TEST="$(free_port)"
cleanup() { pg_stop "$PG_DIR/data"; rm -rf "$PG_DIR"; }
trap cleanup EXIT
# Durability is pointless for a throwaway cluster; fsync off makes the suite faster.
PG_FSYNC=off pg_start "$PG_DIR/data" "$PG_PORT_TEST"
# The same two roles as scripts/run.sh: fixtures migrate as the superuser (they also tamper with rows on
# purpose), the app under test connects as tracker_app, and the command tests can migrate as tracker_owner.
pg_ensure_roles "$PG_PORT_TEST"
export TRACKER_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT_TEST;Username=postgres;Database=postgres"
export TRACKER_TEST_ARTIFACTS="$ROOT/artifacts/test"
mkdir -p "$TRACKER_TEST_ARTIFACTS"
# The closing count sums every results file here: only this run's may be there.
rm -f "$TRACKER_TEST_ARTIFACTS"/*.trx

rm -f "$TRACKER_TEST_ARTIFACTS/openapi.json"
log "running tests (PostgreSQL on port $PG_PORT_TEST)"
status=0
dotnet test PrisonerTracker.sln -c Release --no-build --logger "trx;LogFilePrefix=results" \
  --results-directory "$TRACKER_TEST_ARTIFACTS" --logger "console;verbosity=minimal" || status=$?

# The OpenAPI document saved by the API tests must lint clean with standard linters: Redocly's
# recommended rules (this version runs on Node.js 18 and later), then Spectral's recommended rules
# and the OWASP API Security Top 10 (2023), with the exceptions explained in tests/openapi-lint/.spectral.yaml.
# Either one reporting an error fails the suite.
log "linting the OpenAPI document"
if [ -s "$TRACKER_TEST_ARTIFACTS/openapi.json" ]; then
  npx --yes @redocly/cli@1.34.5 lint "$TRACKER_TEST_ARTIFACTS/openapi.json" --format=stylish || status=1
  SCARF_ANALYTICS=false tests/openapi-lint/node_modules/.bin/spectral lint "$TRACKER_TEST_ARTIFACTS/openapi.json" \
    --ruleset tests/openapi-lint/.spectral.yaml --fail-severity=error --format=stylish || status=1
else
  echo "no OpenAPI document was saved by the tests"; status=1
fi

# One closing line for the whole suite, summed over every test project's results.
python3 - "$TRACKER_TEST_ARTIFACTS" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None: continue
    passed += int(counters.get("passed", 0)); failed += int(counters.get("failed", 0)) + int(counters.get("error", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
