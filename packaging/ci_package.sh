#!/usr/bin/env bash
# CI job: build the one-folder package and smoke-test it (packaging/smoke_test.sh under Xvfb).
#
#   packaging/ci_package.sh [out-dir]        (from the repository root; needs root for apt-get)
#
# Prints how long the build and the smoke test took and the newest glibc symbol version any
# bundled ELF file needs (the minimum Linux the package runs on). .ci/run calls this after the
# test suite only when it fits the time budget; otherwise run it as a separate job.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mkdir -p "${1:-build/smoke}" && cd "${1:-build/smoke}" && pwd)
if ! command -v xvfb-run >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null \
        || ! ldconfig -p | grep -q libxcb-cursor.so.0; then   # Qt's xcb plugin needs it since Qt 6.5
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth xdotool \
            imagemagick libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
            libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 >/dev/null
    else
        echo "ci_package: needs xvfb-run, xdotool and ImageMagick (apt-get install xvfb xdotool imagemagick)" >&2
        exit 2
    fi
fi
python -c "import PyInstaller" 2>/dev/null || pip install -q -e '.[package]'
start=$(date +%s)
pyinstaller --noconfirm --clean --log-level WARN packaging/dreamseed.spec > "$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log"; exit 1; }
built=$(date +%s)
echo "ci_package: build took $((built - start)) s; folder $(du -sh dist/dreamseed-desktop | cut -f1)"
# minimum glibc: the newest GLIBC_x.y any bundled ELF file asks for (glibc itself is not bundled)
need=$(find dist/dreamseed-desktop -type f \( -perm -u+x -o -name '*.so*' \) -print0 \
       | xargs -0 grep -aoh 'GLIBC_2\.[0-9]*' 2>/dev/null | sort -t. -k2,2n -u | tail -1)
echo "ci_package: the package needs ${need:-GLIBC_?} (glibc ${need#GLIBC_} or newer)"
SMOKE_UPGRADE_FROM="${SMOKE_UPGRADE_FROM:-0010}" SMOKE_PYTHON="$(command -v python)" \
    xvfb-run -a -s "-screen 0 1280x800x24" packaging/smoke_test.sh dist/dreamseed-desktop "$OUT"
echo "ci_package: smoke test took $(( $(date +%s) - built )) s"
