#!/usr/bin/env bash
# Fresh set-up time and .venv size (issue 2): a clean clone, then what `make lab` and `make test` install.
#   bash bench/setup_time.sh
set -euo pipefail
kit=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$kit" "$tmp/kit"
cd "$tmp/kit"
echo "machine: $(nproc) cores, $(python3 --version), pip cache: ${PIP_NO_CACHE_DIR:+off}"
start=$(date +%s.%N)
make -s setup >/dev/null 2>&1
mid=$(date +%s.%N)
echo "make lab's set-up (runtime): $(echo "$mid - $start" | bc) s, .venv $(du -sm .venv | cut -f1) MiB"
make -s setup-dev >/dev/null 2>&1
end=$(date +%s.%N)
echo "plus test tools (make test's set-up): $(echo "$end - $mid" | bc) s more, .venv $(du -sm .venv | cut -f1) MiB"
start=$(date +%s.%N); make -s setup >/dev/null 2>&1; end=$(date +%s.%N)
echo "make setup when already set up: $(echo "$end - $start" | bc) s"
