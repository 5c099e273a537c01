#!/usr/bin/env bash
# Smoke test of a built one-folder app on a "clean machine": empty HOME, no Python on PATH.
#
#   xvfb-run -a -s "-screen 0 1280x800x24" packaging/smoke_test.sh [dist/dreamseed-desktop] [out-dir]
#
# Needs xdotool and ImageMagick's `import` (apt-get install xdotool imagemagick).
# Passes when:
#   1. the program runs from the folder alone: every libpython it maps is the folder's own;
#   2. the first-run dialog appears; choosing "This PC" starts the embedded PostgreSQL from the
#      bundled binaries, creates the database and migrates it; the set-up wizard (a fresh
#      install has no administrator yet) or the sign-in window appears;
#   3. SIGTERM (what a shutdown sends) ends the program normally: exit code 0 and its database
#      server stopped (no postmaster.pid, no process left);
#   4. `dreamseed-admin db status` reports the schema at head, and the server is stopped again
#      afterwards; `dreamseed-admin backup` and `backup --verify` work from the folder
#      (bundled pg_dump/pg_restore);
#   5. the backup check script is in the folder at scripts/backup_restore_check.py;
#   6. with SMOKE_UPGRADE_FROM=<revision> (and a checkout's Python as SMOKE_PYTHON), an existing
#      install's database made at that older revision is taken over: the program upgrades it on
#      start and its data are still there (the upgrade procedure of packaging/README.md).
# Screenshots and logs land in out-dir.
set -euo pipefail
DIST=$(cd "${1:-dist/dreamseed-desktop}" && pwd)
OUT=$(mkdir -p "${2:-smoke-out}" && cd "${2:-smoke-out}" && pwd)
CLEAN_HOME=$(mktemp -d)
chmod 755 "$CLEAN_HOME"                      # as root, PostgreSQL runs as 'pgserver' and must get in
DATA="$CLEAN_HOME/data"                      # never the machine's /var/lib/dreamseed-desktop
PGDATA="$DATA/pgdata"
app=""
status=0
fail() { echo "FAIL: $*"; status=1; }

postmaster() { [ -f "$PGDATA/postmaster.pid" ] && head -1 "$PGDATA/postmaster.pid" || true; }
cleanup() {
    if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill -KILL "$app" 2>/dev/null || true; fi
    pid=$(postmaster)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -INT "$pid" 2>/dev/null; sleep 2; fi
    rm -rf "$CLEAN_HOME"
}
trap cleanup EXIT
# env replaces itself with the program (exec), so "$!" below is the program's own pid
clean_env=(env -i HOME="$CLEAN_HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="${DISPLAY:-}"
           XAUTHORITY="${XAUTHORITY:-}" DREAMSEED_DATA_DIR="$DATA")
wait_window() {  # wait_window PATTERN SECONDS
    for _ in $(seq 1 "$2"); do
        xdotool search --name "$1" >/dev/null 2>&1 && return 0
        kill -0 "$app" 2>/dev/null || return 1
        sleep 1
    done
    return 1
}
server_stopped() {  # the program's database server is gone (within 20 s)
    for _ in $(seq 1 20); do
        pid=$(postmaster)
        { [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; } && return 0
        sleep 1
    done
    return 1
}

if [ -n "${SMOKE_UPGRADE_FROM:-}" ]; then      # an existing install made by an older version
    env DREAMSEED_DATA_DIR="$DATA" PYTHONPATH="$(dirname "$0")/.." "${SMOKE_PYTHON:-python3}" \
        "$(dirname "$0")/smoke_prepare_old.py" "$SMOKE_UPGRADE_FROM" > "$OUT/old-install.txt" 2>&1 \
        || { cat "$OUT/old-install.txt"; fail "could not prepare the old install"; exit 1; }
    echo "ok: old install at revision $SMOKE_UPGRADE_FROM prepared"
fi

"${clean_env[@]}" "$DIST/dreamseed-desktop" >"$OUT/app.log" 2>&1 &
app=$!
sleep 2
if [ "$(readlink -f "/proc/$app/exe")" != "$(readlink -f "$DIST/dreamseed-desktop")" ]; then
    fail "pid $app is not the packaged program"
elif grep -o '/[^ ]*libpython[^ ]*' "/proc/$app/maps" | sort -u | grep -v "^$DIST/" ; then
    fail "the program maps a libpython from outside the folder"
else
    echo "ok: runs from the folder alone (its own libpython, no Python on PATH)"
fi
if wait_window "Connect DreamSeed|연결" 60; then
    import -window root "$OUT/first-run.png"
    xdotool key Return                       # default choice: "This PC only (embedded)"
else
    fail "first-run connection dialog did not appear"
fi
# a fresh install opens the set-up wizard (no administrator yet); an existing one the sign-in
if [ $status -eq 0 ] && wait_window "로그인|Sign in|DreamSeed Desktop 설정|Set up DreamSeed" 180; then
    sleep 2
    import -window root "$OUT/first-screen.png"
    echo "ok: first screen shown: $(xdotool search --name "로그인|Sign in|DreamSeed Desktop 설정|Set up DreamSeed" getwindowname | head -1)"
    [ -n "$(postmaster)" ] && echo "ok: embedded PostgreSQL running (pid $(postmaster))" || fail "no database server"
else
    [ $status -eq 0 ] && fail "no sign-in window"
fi

kill -TERM "$app" 2>/dev/null || true       # what a shutdown or 'systemctl stop' sends
code=0
for _ in $(seq 1 30); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
if kill -0 "$app" 2>/dev/null; then
    fail "the program did not end within 30 s of SIGTERM"
else
    wait "$app" || code=$?
    [ "$code" -eq 0 ] && echo "ok: program ended normally on SIGTERM" || fail "program exit code $code after SIGTERM"
fi
app=""
server_stopped && echo "ok: its database server stopped with it" || fail "database server left running"

if [ $status -eq 0 ]; then
    if "${clean_env[@]}" "$DIST/dreamseed-admin" --lang en db status > "$OUT/db-status.txt" 2>&1 \
            && grep -q "up to date" "$OUT/db-status.txt"; then
        echo "ok: embedded database migrated to head"
    else
        cat "$OUT/db-status.txt"; fail "database not at head"
    fi
    server_stopped && echo "ok: dreamseed-admin stopped the server again" || fail "dreamseed-admin left the server running"
    if "${clean_env[@]}" "$DIST/dreamseed-admin" --lang en backup --folder "$OUT/backups" > "$OUT/backup.txt" 2>&1 \
            && backup=$(ls "$OUT"/backups/*.dreamseed-backup 2>/dev/null | head -1) && [ -n "$backup" ] \
            && "${clean_env[@]}" "$DIST/dreamseed-admin" --lang en backup --verify "$backup" >> "$OUT/backup.txt" 2>&1 \
            && grep -q "restores completely" "$OUT/backup.txt"; then
        echo "ok: backup and backup --verify work from the folder"
    else
        cat "$OUT/backup.txt"; fail "backup from the package"
    fi
    server_stopped || fail "the backup left the server running"
    if [ -n "${SMOKE_UPGRADE_FROM:-}" ]; then
        if "${clean_env[@]}" "$DIST/dreamseed-admin" export roster --organization "업그레이드 확인 학교" \
                --out "$OUT/upgraded-roster.csv" > "$OUT/upgrade.txt" 2>&1; then
            echo "ok: the old install's data are there after the upgrade"
        else
            cat "$OUT/upgrade.txt"; fail "the old install's data are missing after the upgrade"
        fi
        server_stopped || fail "the export left the server running"
    fi
fi
if [ -f "$DIST/scripts/backup_restore_check.py" ]; then
    echo "ok: scripts/backup_restore_check.py is in the package"
else
    fail "scripts/backup_restore_check.py missing from the package"
fi
[ $status -eq 0 ] && echo "SMOKE TEST PASSED (screenshots in $OUT)" || { echo "SMOKE TEST FAILED; log: $OUT/app.log"; tail -20 "$OUT/app.log"; }
exit $status
