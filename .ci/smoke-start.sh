#!/usr/bin/env bash
# Starts the app exactly as the README's quick start does, on a fresh PGlite folder with no
# DATABASE_URL, and checks that it serves the bilingual demo, then stops it cleanly.
set -euo pipefail
port=${SMOKE_PORT:-3210}
data=$(mktemp -d)
log=$(mktemp)
PORT=$port PGLITE_DATA_DIR="$data/pglite" DATABASE_URL= npm start >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "npm start exited early"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/healthz" | grep -q '"database":{"status":"ok"'
curl -fsS "http://127.0.0.1:$port/en/objectives/7" | grep -q 'Objective 7'
curl -fsS "http://127.0.0.1:$port/fr/objectives/7" | grep -q 'Objectif 7'
test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/en/nowhere")" = 404
grep -q "Roundtable is running on http://localhost:$port" "$log"
grep -q "PGlite" "$log"
kill -TERM $pid
wait $pid || true
echo "smoke: npm start served the demo on PGlite"
