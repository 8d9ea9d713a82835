#!/usr/bin/env bash
# Starts the service as the README's quick start does (embedded database, fresh
# data directory), checks it serves the curated dataset, stops it with SIGTERM
# and checks it exits 0 without leaving its PostgreSQL behind.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(mktemp -d /tmp/regionkollen-smoke-XXXXXX)
port=${SMOKE_PORT:-3917}
log="$data_dir/server.log"
# No EMBEDDED_DB_PORT: the embedded PostgreSQL takes 54329, or a free port when that one is taken.
PORT=$port DATA_DIR="$data_dir" npm start >"$log" 2>&1 &
pid=$!
# On failure, stop the whole tree (npm, its shell, the server), or a server left
# behind keeps the port and answers the next run from a deleted data folder.
tree() { for child in $(pgrep -P "$1"); do tree "$child"; done; echo "$1"; }
cleanup() {
  kill -TERM $(tree "$pid") 2>/dev/null || true
  for _ in $(seq 1 20); do pgrep -f "postgres -D $data_dir" >/dev/null || break; sleep 0.5; done
  rm -rf "$data_dir"
}
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

# keys:create works beside the running service (it finds and shares its embedded database
# through the data folder), and the new key can write at once.
export DATA_DIR="$data_dir"
key=$(npm run --silent keys:create -- --name smoke-editor --role editor | grep '^rk_')
[ -n "$key" ] || { echo "keys:create printed no key"; exit 1; }
fee=$(curl -fsS "http://127.0.0.1:$port/v1/fees?asOf=2021-06-01" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')
etag=$(curl -fsS -o /dev/null -D - "http://127.0.0.1:$port/v1/fees/$fee" | tr -d '\r' | sed -n 's/^etag: //Ip')
code=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "http://127.0.0.1:$port/v1/fees/$fee" \
  -H "Authorization: Bearer $key" -H "If-Match: $etag" -H 'Content-Type: application/merge-patch+json' -d '{"notes":{"sv":"Kontrollerad av röktestet.","en":"Checked by the smoke test."}}')
echo "PATCH with a key made by keys:create while the service runs: $code"
[ "$code" = 200 ] || { tail -20 "$log"; exit 1; }

# SIGTERM to the server process itself (as a process manager sends it); npm
# then exits with the server's own exit status.
server=$(pgrep -n -f "src/server.ts")
kill -TERM "$server"
status=0
wait "$pid" || status=$?
echo "exit status after SIGTERM: $status"
if pgrep -f "postgres -D $data_dir" >/dev/null; then echo "the embedded PostgreSQL was left running"; exit 1; fi
[ "$status" = 0 ] || { tail -20 "$log"; exit 1; }

# keys:revoke works with the service stopped: it starts the embedded database itself.
npm run --silent keys:revoke -- --name smoke-editor
if pgrep -f "postgres -D $data_dir" >/dev/null; then echo "keys:revoke left the embedded PostgreSQL running"; exit 1; fi
echo "quick start OK"
