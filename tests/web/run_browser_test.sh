#!/usr/bin/env bash
# The web admin in headless Chromium (webadmin.test.js, puppeteer-core from npm pointed at the
# system's /usr/bin/chromium; it never downloads a browser) against `pisonet-cli simulate` and
# `pisonet-cli serve`. Usage: run_browser_test.sh PISONET-CLI WORK-DIR [SCREENSHOT.png]
# Exits 77 (skipped) when node, npm or chromium is missing, or when the npm packages are not
# installed and the npm registry cannot be reached; a failing `npm ci` with the registry
# reachable is a failure.
set -uo pipefail
cli=$1
work=$2
screenshot=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}

command -v node >/dev/null && command -v npm >/dev/null || { echo "node/npm not installed: skipped"; exit 77; }
[[ -x $chromium ]] || { echo "$chromium not installed: skipped"; exit 77; }
if [[ ! -f $here/node_modules/puppeteer-core/package.json ]] || ! cmp -s "$here/package-lock.json" "$here/node_modules/.package-lock.json.source" ; then
    if ! timeout 30 npm ping >/dev/null 2>&1; then
        echo "puppeteer-core not installed and the npm registry is unreachable: skipped"
        exit 77
    fi
    (cd "$here" && PUPPETEER_SKIP_DOWNLOAD=1 timeout 300 npm ci --ignore-scripts --no-audit --no-fund --silent) \
        || { echo "npm ci failed"; exit 1; }
    cp "$here/package-lock.json" "$here/node_modules/.package-lock.json.source"
fi

rm -rf "$work"
mkdir -p "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -INT "$pid" 2>/dev/null
    done
    wait 2>/dev/null
}
trap cleanup EXIT

# The first line that matches $2 in file $1 (waits up to 10 s for it).
wait_for_line() {
    for _ in $(seq 100); do
        local line
        line=$(grep -m1 -o "$2" "$1" 2>/dev/null) && [[ -n $line ]] && { echo "$line"; return 0; }
        sleep 0.1
    done
    echo "no \"$2\" in $1:" >&2
    cat "$1" >&2
    return 1
}

"$cli" simulate --port 0 --users 4 --seed 7 --waiting 1 --session '<img src=x onerror=alert(1)>' >"$work/simulator.log" 2>&1 &
sim=$!
pids+=("$sim")
router_port=$(wait_for_line "$work/simulator.log" '127\.0\.0\.1:[0-9]*' | cut -d: -f2) || exit 1

# Nothing of the operator's own settings or data is read or changed.
export PISONET_SETTINGS=$work/settings.ini
export PISONET_DB=$work/data/pisonet.db
# The shipped profiles and one that binds a code to its first device (for Unlock device).
sed 's|^  \]|    ,{"name": "ONE-DEVICE", "price": 5, "validity": "1h", "users": 1, "rate_up": "512K", "rate_down": "1M", "lock_device": true}\n  ]|' \
    "$source_dir/profiles.json" >"$work/profiles.json"
export PISONET_PROFILES=$work/profiles.json
export PISONET_ROUTER_HOST=127.0.0.1 PISONET_ROUTER_PORT=$router_port PISONET_ROUTER_USER=admin PISONET_ROUTER_PASSWORD=
export XDG_DATA_HOME=$work/xdg-data XDG_CONFIG_HOME=$work/xdg-config
password="phone-admin-$RANDOM-password"
echo "$password" | "$cli" web password >"$work/password.log" 2>&1 || { cat "$work/password.log"; exit 1; }

"$cli" serve --listen 127.0.0.1:0 --interval 2 >"$work/serve.log" 2>&1 &
pids+=($!)
web_url=$(wait_for_line "$work/serve.log" 'http://127\.0\.0\.1:[0-9]*/admin$' | sed 's|/admin$||') || exit 1

PISONET_WEB_URL=$web_url PISONET_WEB_PASSWORD=$password PISONET_CLI=$cli PISONET_SIMULATOR_PID=$sim \
    PISONET_SCREENSHOT=$screenshot CHROMIUM=$chromium NODE_PATH="$here/node_modules" \
    timeout 240 node "$here/webadmin.test.js"
status=$?
if ((status != 0)); then
    echo "--- serve.log"
    tail -30 "$work/serve.log"
fi
exit $status
