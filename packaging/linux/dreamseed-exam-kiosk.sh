#!/bin/sh
# Lab-PC kiosk launcher: keeps the DreamSeed exam mode on screen for the whole session.
# Install as /usr/local/bin/dreamseed-exam-kiosk; started by dreamseed-exam-kiosk.desktop.
#
# The exam window itself can only be left with the proctor's quit password (Ctrl+Alt+Q).
# Between students the sign-in screen is shown; if the program ends for any reason (crash,
# sign-in dialog closed) it is started again after 2 s. To end the kiosk loop, an administrator
# creates the stop file (e.g. over SSH or from another account): touch "$STOP_FILE".
#
# No flicker: a run that ends within FAST seconds with an error is a fast failure. After MAX
# fast failures in a row the launcher stops restarting and shows why ("dreamseed-desktop
# --show-problem": a window that needs neither the data folder nor a database; it shows what
# the program last reported, e.g. a read-only data folder). When a person closes that window
# the launcher tries again. If even that window cannot be shown (it is gone within 2 s), it
# waits LONG seconds before the next attempt instead of flickering.
set -u
APP="${DREAMSEED_APP:-/opt/dreamseed-desktop/dreamseed-desktop}"
: "${DREAMSEED_DATA_DIR:=/var/lib/dreamseed}"           # persistent: excluded from reboot-restore
export DREAMSEED_DATA_DIR
STOP_FILE="${DREAMSEED_KIOSK_STOP:-$DREAMSEED_DATA_DIR/stop-kiosk}"
DELAY="${DREAMSEED_KIOSK_DELAY:-2}"          # seconds between restarts
FAST="${DREAMSEED_KIOSK_FAST:-20}"           # a run shorter than this that failed is a fast failure
MAX="${DREAMSEED_KIOSK_MAX_FAST:-3}"         # fast failures in a row before stopping
LONG="${DREAMSEED_KIOSK_LONG:-60}"           # wait when even the message window cannot be shown
mkdir -p "$DREAMSEED_DATA_DIR" 2>/dev/null || true

log() { echo "dreamseed-exam-kiosk: $*" >&2; logger -t dreamseed-exam-kiosk "$*" 2>/dev/null || true; }

fast=0
while [ ! -e "$STOP_FILE" ]; do
    started=$(date +%s)
    "$APP" --exam "$@"
    status=$?
    ran=$(( $(date +%s) - started ))
    if [ "$status" -ne 0 ] && [ "$ran" -lt "$FAST" ]; then
        fast=$((fast + 1))
    else
        fast=0
    fi
    log "exam mode ended with status $status after ${ran}s (fast failures in a row: $fast)"
    [ -e "$STOP_FILE" ] && break
    if [ "$fast" -ge "$MAX" ]; then
        log "stopped restarting after $fast fast failures; showing the problem"
        shown=$(date +%s)
        if "$APP" --show-problem; then
            log "the problem window was closed; trying again"
        else
            log "could not show the problem window either; waiting ${LONG}s"
        fi
        # a window that was gone at once (none could be shown) must not bring the flicker back
        if [ $(( $(date +%s) - shown )) -lt 2 ] && [ ! -e "$STOP_FILE" ]; then
            sleep "$LONG"
        fi
        fast=0
        continue
    fi
    sleep "$DELAY"
done
log "stop file $STOP_FILE found; kiosk loop ended"
