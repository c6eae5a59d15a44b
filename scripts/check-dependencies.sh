#!/usr/bin/env bash
# Fails when any NuGet package the solution uses, directly or transitively, has a known vulnerability.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
dotnet restore PrisonerTracker.sln >/dev/null
if ! report="$(dotnet list PrisonerTracker.sln package --vulnerable --include-transitive 2>&1)"; then
  # The advisory feed is a network service: report its failure without failing the build on it.
  log "could not check for vulnerable packages:"; echo "$report" | tail -5; exit 0
fi
if echo "$report" | grep -q "has the following vulnerable packages"; then
  echo "$report"; log "vulnerable packages found"; exit 1
fi
log "no known vulnerable packages (direct or transitive)"
