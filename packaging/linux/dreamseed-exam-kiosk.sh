#!/bin/sh
# Lab-PC kiosk launcher: keeps the DreamSeed exam mode on screen for the whole session.
# Install as /usr/local/bin/dreamseed-exam-kiosk; started by dreamseed-exam-kiosk.desktop.
#
# The exam window itself can only be left with the proctor's quit password (Ctrl+Alt+Q).
# Between students the sign-in screen is shown; if the program ends for any reason (crash,
# sign-in dialog closed) it is started again after 2 s. To end the kiosk loop, an administrator
# creates the stop file (e.g. over SSH or from another account): touch "$STOP_FILE".
set -u
APP="${DREAMSEED_APP:-/opt/dreamseed-desktop/dreamseed-desktop}"
: "${DREAMSEED_DATA_DIR:=/var/lib/dreamseed}"           # persistent: excluded from reboot-restore
export DREAMSEED_DATA_DIR
STOP_FILE="${DREAMSEED_KIOSK_STOP:-$DREAMSEED_DATA_DIR/stop-kiosk}"
mkdir -p "$DREAMSEED_DATA_DIR" 2>/dev/null || true

while [ ! -e "$STOP_FILE" ]; do
    "$APP" --exam "$@"
    echo "dreamseed-exam-kiosk: exam mode ended with status $?; restarting" >&2
    sleep 2
done
