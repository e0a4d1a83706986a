#!/usr/bin/env bash
# Runs every fuzz target of the given packages (default: mpc/...) for
# FUZZTIME each (default 30s). Crashers land in the package's
# testdata/fuzz/<Target>/ and become regression cases of `go test`.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-30s}
pkgs=${*:-./mpc/...}
for pkg in $(go list $pkgs); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "== $pkg $target ($fuzztime)"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -parallel "${FUZZPARALLEL:-1}" "$pkg"
  done
done
