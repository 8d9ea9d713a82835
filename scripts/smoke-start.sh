#!/usr/bin/env bash
# Starts the service as the README's quick start does (embedded database, fresh
# data directory), checks it serves the curated dataset, stops it with SIGTERM
# and checks it exits 0 without leaving its PostgreSQL behind.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(mktemp -d /tmp/regionkollen-smoke-XXXXXX)
port=${SMOKE_PORT:-3917}
log="$data_dir/server.log"
PORT=$port DATA_DIR="$data_dir" EMBEDDED_DB_PORT=${SMOKE_DB_PORT:-54391} npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "the server exited before it was ready"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health/ready"; echo
regions=$(curl -fsS "http://127.0.0.1:$port/v1/regions" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items.length))')
echo "regions: $regions"
[ "$regions" = 21 ] || { cat "$log"; exit 1; }

# SIGTERM to the server process itself (as a process manager sends it); npm
# then exits with the server's own exit status.
server=$(pgrep -n -f "src/server.ts")
kill -TERM "$server"
status=0
wait "$pid" || status=$?
echo "exit status after SIGTERM: $status"
if pgrep -f "postgres -D $data_dir" >/dev/null; then echo "the embedded PostgreSQL was left running"; exit 1; fi
[ "$status" = 0 ] || { tail -20 "$log"; exit 1; }
echo "quick start OK"
