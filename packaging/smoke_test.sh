#!/usr/bin/env bash
# Smoke test of a built one-folder app on a "clean machine": empty HOME, no Python on PATH.
#
#   xvfb-run -a -s "-screen 0 1280x800x24" packaging/smoke_test.sh [dist/dreamseed-desktop] [out-dir]
#
# Needs xdotool and ImageMagick's `import` (apt-get install xdotool imagemagick).
# Passes when: the first-run dialog appears, choosing "This PC" starts the embedded PostgreSQL
# from the bundled binaries and migrates it, the login window appears, and
# `dreamseed-admin db status` reports the schema at head. Screenshots land in out-dir.
set -euo pipefail
DIST=$(cd "${1:-dist/dreamseed-desktop}" && pwd)
OUT=$(mkdir -p "${2:-smoke-out}" && cd "${2:-smoke-out}" && pwd)
CLEAN_HOME=$(mktemp -d)
stop_embedded() {  # the app was killed, so its embedded PostgreSQL is still up: fast shutdown
    pidfile=$(find "$CLEAN_HOME" -name postmaster.pid 2>/dev/null | head -1)
    [ -n "$pidfile" ] && kill -INT "$(head -1 "$pidfile")" 2>/dev/null && sleep 2
    return 0
}
trap 'stop_embedded; rm -rf "$CLEAN_HOME"' EXIT
run() { env -i HOME="$CLEAN_HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" "$@"; }
wait_window() {  # wait_window PATTERN SECONDS
    for _ in $(seq 1 "$2"); do
        xdotool search --name "$1" >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}

run "$DIST/dreamseed-desktop" >"$OUT/app.log" 2>&1 &
pid=$!
status=0
if wait_window "Connect DreamSeed|연결" 60; then
    import -window root "$OUT/first-run.png"
    xdotool key Return                       # default choice: "This PC only (embedded)"
else
    echo "FAIL: first-run connection dialog did not appear"; status=1
fi
if [ $status -eq 0 ] && wait_window "로그인|Sign in|Login" 120; then
    sleep 2
    import -window root "$OUT/login.png"
    echo "ok: login window shown"
else
    [ $status -eq 0 ] && echo "FAIL: no login window"; status=1
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ $status -eq 0 ]; then
    if run "$DIST/dreamseed-admin" db status | tee "$OUT/db-status.txt" | grep -q "up to date"; then
        echo "ok: embedded database migrated to head"
    else
        echo "FAIL: database not at head"; status=1
    fi
fi
[ $status -eq 0 ] && echo "SMOKE TEST PASSED (screenshots in $OUT)" || { echo "SMOKE TEST FAILED; log: $OUT/app.log"; tail -20 "$OUT/app.log"; }
exit $status
