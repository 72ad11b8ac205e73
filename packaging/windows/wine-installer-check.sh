#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PisoNet Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the NSIS installer under Wine, silently, in a throwaway prefix, and checks what a shop PC
# would see: the program files, Start-menu and desktop shortcuts, the Add/Remove Programs entry,
# an upgrade over an older version while a stand-in for the running program holds its file
# (closed politely, then one that ignores the request and must be ended), a silent uninstall that
# keeps the user's data, and one with /REMOVEDATA that removes it.
#
# The payload is the Linux build (what is tested is the installer's behaviour, not the program),
# and the installers are built with amd64-unicode stubs: this machine's kernel cannot run 32-bit
# programs, so the shipped x86-unicode installer (same script) is only run on the Windows runner.
# Wine's exit codes say little: files and registry are checked instead.
#
# Usage: wine-installer-check.sh BUILD_DIR   (a configured and built tree; needs wine64, xvfb-run,
# x86_64-w64-mingw32-gcc, makensis). Prints PASS/FAIL lines; exits non-zero if anything failed.
set -uo pipefail

build=$(realpath "${1:?usage: wine-installer-check.sh BUILD_DIR}")
here=$(dirname "$(realpath "$0")")
work=$build/wine-check
wine=/usr/lib/wine/wine64
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

failures=0
passes=0
pass() {
    echo "PASS: $*"
    passes=$((passes + 1))
}
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
win() { "$wine" "$@" 2>/dev/null | tr -d '\r'; }
not() { ! "$@"; }

if [[ -z ${DISPLAY:-} ]]; then
    # The stand-in program needs a window to be asked to close: give Wine an X server.
    exec xvfb-run -a bash "$0" "$@"
fi

rm -rf "$work"
mkdir -p "$work"
trap '"${wine%/*}/wineserver" -k 2>/dev/null || true' EXIT

# Two installers from the same configuration: the current version, and an older one to upgrade from.
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
make_installer() {
    local name=$1
    shift
    (cd "$build" && cpack -G NSIS -B "$work/$name" -D CPACK_PISONET_NSIS_TARGET=amd64-unicode \
        -D CPACK_PACKAGE_FILE_NAME="pisonet-manager-$name" "$@" >"$work/$name.log" 2>&1) \
        || { cat "$work/$name.log"; return 1; }
}
make_installer old -D CPACK_PACKAGE_VERSION=0.0.1 -D CPACK_PACKAGE_VERSION_MAJOR=0 \
    -D CPACK_PACKAGE_VERSION_MINOR=0 -D CPACK_PACKAGE_VERSION_PATCH=1 || exit 1
make_installer new || exit 1
old_installer=$work/old/pisonet-manager-old.exe
new_installer=$work/new/pisonet-manager-new.exe
payload=$(find "$work/new/_CPack_Packages" -maxdepth 3 -type d -name pisonet-manager-new | head -1)
x86_64-w64-mingw32-gcc -municode -mwindows -O2 -o "$work/pisonet.exe" "$here/fileholder.c" -lshell32 || exit 1

echo "== Wine prefix (about 30 s)"
"$wine" wineboot -i >/dev/null 2>&1
drive=$WINEPREFIX/drive_c
instdir="$drive/Program Files/PisoNet Manager"
instdir_win='C:\Program Files\PisoNet Manager'
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\PisoNet Manager'
startmenu="$drive/ProgramData/Microsoft/Windows/Start Menu/Programs/PisoNet Manager.lnk"
desktop="$drive/users/Public/Desktop/PisoNet Manager.lnk"
data=$("$wine" winepath -u "$(win cmd /c echo %LOCALAPPDATA%)" 2>/dev/null)/PisoNet/"PisoNet Manager"

registered_version() { win reg query "$key" /v DisplayVersion | sed -n 's/.*REG_SZ *//p'; }
uninstall_registered() { win reg query "$key" /v UninstallString | grep -q 'Uninstall.exe'; }
program_files_gone() { [[ -z $(find "$instdir" -type f ! -name Uninstall.exe 2>/dev/null) ]]; }
# Starts the stand-in holding bin/pisonet ($1 = "stubborn" to ignore the request to close).
holder_pid=
start_holder() {
    rm -f "$work/ready"
    "$wine" "$work/pisonet.exe" "$instdir_win\\bin\\pisonet" "$("$wine" winepath -w "$work/ready" 2>/dev/null)" "$@" \
        >/dev/null 2>&1 &
    holder_pid=$!
    for _ in $(seq 100); do
        [[ -e $work/ready ]] && return 0
        sleep 0.2
    done
    return 1
}
holder_gone() {
    for _ in $(seq 50); do
        kill -0 "$holder_pid" 2>/dev/null || return 0
        sleep 0.2
    done
    return 1
}
file_writable() {
    win cmd /c copy /y 'C:\windows\win.ini' "$instdir_win\\bin\\pisonet" >/dev/null
    cmp -s "$drive/windows/win.ini" "$instdir/bin/pisonet"
}
# NSIS reads "_?=" only unquoted and last, and Wine quotes arguments with spaces: the 8.3 name has none.
uninstall() { "$wine" "$instdir/Uninstall.exe" /S "$@" "_?=$(win winepath -s "$instdir_win")" >/dev/null 2>&1; }

echo "== Windows 7 (Wine's default) is refused: Qt 6 needs Windows 10 1809 or later"
"$wine" "$old_installer" /S >/dev/null 2>&1
check "nothing installed on Windows 7" test ! -e "$instdir"
"$wine" winecfg -v win10 >/dev/null 2>&1

echo "== Install $(basename "$old_installer") (0.0.1), silently"
"$wine" "$old_installer" /S >/dev/null 2>&1
check "program files in Program Files\\PisoNet Manager" test -f "$instdir/bin/pisonet" -a -f "$instdir/bin/pisonet-cli"
check "uninstaller in the install folder" test -f "$instdir/Uninstall.exe"
check "Start-menu shortcut" test -f "$startmenu"
check "desktop shortcut (all users)" test -f "$desktop"
check "Add/Remove Programs entry (64-bit view) with UninstallString" uninstall_registered
check "Add/Remove Programs shows version 0.0.1" test "$(registered_version)" = 0.0.1

echo "== Upgrade to $version while the program runs (it closes when asked)"
mkdir -p "$data"
echo "vouchers" >"$data/pisonet.db"
echo "old build" >"$instdir/bin/pisonet"
check "stand-in program started, holding bin\\pisonet" start_holder
check "bin\\pisonet cannot be overwritten while held" not file_writable
"$wine" "$new_installer" /S >/dev/null 2>&1
check "the installer closed the running program" holder_gone
check "bin\\pisonet replaced by the new version" cmp -s "$instdir/bin/pisonet" "$payload/bin/pisonet"
check "Add/Remove Programs shows version $version" test "$(registered_version)" = "$version"
check "shortcuts still there" test -f "$startmenu" -a -f "$desktop"
check "user's data kept across the upgrade" test -f "$data/pisonet.db"
check "bin\\pisonet can be overwritten again (the check above means something)" file_writable

echo "== Install again while a program that ignores the request to close runs"
echo "old build" >"$instdir/bin/pisonet"
check "stubborn stand-in started, holding bin\\pisonet" start_holder stubborn
"$wine" "$new_installer" /S >/dev/null 2>&1
check "the silent installer ended the program that would not close" holder_gone
check "bin\\pisonet replaced" cmp -s "$instdir/bin/pisonet" "$payload/bin/pisonet"

echo "== Silent uninstall"
uninstall
check "program files removed" program_files_gone
check "shortcuts removed" test ! -e "$startmenu" -a ! -e "$desktop"
check "Add/Remove Programs entry removed" not uninstall_registered
check "user's data kept (%LOCALAPPDATA%\\PisoNet\\PisoNet Manager\\pisonet.db)" test -f "$data/pisonet.db"

echo "== Install, then a silent uninstall with /REMOVEDATA"
"$wine" "$new_installer" /S >/dev/null 2>&1
check "installed again" test -f "$instdir/bin/pisonet"
uninstall /REMOVEDATA
check "program files removed" program_files_gone
check "user's data removed when asked" test ! -e "$data"

echo "wine-installer-check: $passes passed, $failures failed"
exit $((failures != 0))
