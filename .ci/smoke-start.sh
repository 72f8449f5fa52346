#!/usr/bin/env bash
# Starts the app exactly as the README's quick start does, on a fresh PGlite folder with no
# DATABASE_URL, and checks that it serves the bilingual demo, then stops it cleanly.
set -euo pipefail
port=${SMOKE_PORT:-3210}
data=$(mktemp -d)
log=$(mktemp)
if curl -s "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then echo "port $port is already in use"; exit 1; fi
# Its own process group, so that stopping it stops npm, tsx and node together.
PORT=$port PGLITE_DATA_DIR="$data/pglite" DATABASE_URL= setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -TERM -- -$pid 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "npm start exited early"; exit 1; fi
  sleep 1
done
page() { curl -fsS "http://127.0.0.1:$port$1"; }
[[ "$(page /healthz)" == *'"database":{"status":"ok"'* ]] || { echo "healthz not ok"; exit 1; }
[[ "$(page /en/objectives/7)" == *'Objective 7'* ]] || { echo "EN objective page missing"; exit 1; }
[[ "$(page /fr/objectives/7)" == *'Objectif 7'* ]] || { echo "FR objective page missing"; exit 1; }
test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/en/nowhere")" = 404
grep -q "Roundtable is running on http://localhost:$port" "$log"
grep -q "PGlite" "$log"
grep -q "Demo sign-ins" "$log" || { echo "npm start did not print the demo sign-ins"; exit 1; }
grep -q "admin@demo.roundtable.localhost" "$log"
kill -TERM -- -$pid
wait $pid || true
echo "smoke: npm start served the demo on PGlite"
