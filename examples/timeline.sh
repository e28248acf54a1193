#!/usr/bin/env bash
# Writes the timeline of an example script and, when Debian's chromium is
# installed, renders it headless to a PNG so it can be looked at.
#   bash examples/timeline.sh [script.py] [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
script=${1:-examples/io_speedup.py}
out=${2:-/tmp/spindle-timeline}
mkdir -p "$out"
go build -o bin/spindle ./cmd/spindle
bin/spindle --trace "$out/trace.json" --timeline "$out/timeline.html" "$script" >/dev/null
echo "trace:    $out/trace.json (open in https://ui.perfetto.dev or chrome://tracing)"
echo "timeline: $out/timeline.html"
if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$out/chromium" --window-size=1300,800 \
    --screenshot="$out/timeline.png" "file://$out/timeline.html" 2>/dev/null
  echo "picture:  $out/timeline.png"
fi
