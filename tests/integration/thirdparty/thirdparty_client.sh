#!/usr/bin/env bash
# Runs an independent RouterOS API client (node-routeros, from npm) against `pisonet-cli simulate`
# with both login methods. Exits 77 (skipped) when node or the npm package cannot be had.
set -uo pipefail
cli=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v node >/dev/null && command -v npm >/dev/null || { echo "node/npm not installed"; exit 77; }
if [[ ! -d $work/node_modules/node-routeros ]]; then
    mkdir -p "$work"
    timeout 180 npm install --silent --prefix "$work" node-routeros@1 >/dev/null 2>&1 || { echo "npm install failed"; exit 77; }
fi
status=0
for mode in "" "--legacy-login"; do
    "$cli" simulate --port 0 --users 3 --password pw $mode >"$work/sim.log" 2>&1 &
    sim=$!
    port=""
    for _ in $(seq 50); do
        port=$(grep -o '127.0.0.1:[0-9]*' "$work/sim.log" | head -1 | cut -d: -f2)
        [[ -n $port ]] && break
        sleep 0.1
    done
    NODE_PATH="$work/node_modules" timeout 60 node "$here/node_routeros_client.js" "$port" || status=1
    kill -INT "$sim"
    wait "$sim"
done
exit $status
