#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PisoNet Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Retakes the README's screenshots of the window from the built program and its demo router (the
# same seeded customers every run), each in its own X server (xvfb-run) of the screen size shown,
# with throwaway settings and data (the real ones are never touched):
#   docs/screenshots/bandwidth-control.png       Bandwidth Control, English, 1366x768
#   docs/screenshots/bandwidth-control-fil.png   Bandwidth Control, Filipino, 1366x768
#   docs/screenshots/bandwidth-control-1024.png  Bandwidth Control, Filipino, 1024x600 (a small shop PC)
#   docs/screenshots/vouchers.png                Vouchers with a batch just made, English, 1366x768
#   docs/screenshots/vouchers-fil.png            the same in Filipino
# Usage: tools/screenshots.sh [BUILD-DIR]   (default build/dev; needs xvfb-run, xdotool, ImageMagick)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
program=$build/bin/pisonet
out=docs/screenshots
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
[[ -x $program ]] || { echo "error: $program is not built (cmake --build $build --target pisonet)" >&2; exit 1; }
mkdir -p "$out"

# One screenshot: NAME LANGUAGE WIDTHxHEIGHT PAGE-KEY [KEYS...]
# PAGE-KEY is the View menu shortcut (ctrl+1 Bandwidth Control, ctrl+2 Vouchers, ...); KEYS are
# pressed on that page afterwards (alt+g: Generate a batch).
shoot() {
    local name=$1 language=$2 size=$3 page=$4
    shift 4
    local home
    home=$(mktemp -d)
    # Refresh every 2 s so that the charts have a few points; the window fills the screen.
    cat >"$home/pisonet.ini" <<INI
[ui]
language=$language
[monitor]
refreshSeconds=2
INI
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache HOME=$home \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Manila QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" bash -c '
            set -euo pipefail
            program=$1 settings=$2 size=$3 page=$4 png=$5
            shift 5
            "$program" --settings "$settings" >/dev/null 2>&1 &
            pid=$!
            trap "kill $pid 2>/dev/null || true" EXIT
            window=$(timeout 30 xdotool search --sync --onlyvisible --name "PisoNet Manager" | head -1)
            xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
            xdotool windowfocus --sync "$window"
            sleep 1
            xdotool key "$page"
            for key in "$@"; do
                sleep 1
                xdotool key "$key"
            done
            # Five refreshes: a table that has settled and charts with a line.
            sleep 11
            import -window root "$png"
        ' shoot "$PWD/$program" "$home/pisonet.ini" "$size" "$page" "$(cd "$out" && pwd)/$name.png" "$@"
    rm -rf "$home"
    echo "$out/$name.png"
}

shoot bandwidth-control en 1366x768 ctrl+1
shoot bandwidth-control-fil fil 1366x768 ctrl+1
shoot bandwidth-control-1024 fil 1024x600 ctrl+1
shoot vouchers en 1366x768 ctrl+2 alt+g
shoot vouchers-fil fil 1366x768 ctrl+2 alt+g
