#!/usr/bin/env bash
# bench/soak.sh: the window under Xvfb playing the whole story in a loop for a long time (30
# minutes unless --minutes says otherwise), then quit with Ctrl+Q. Prints resident memory at the
# start, every minute and at the end, and frame-time percentiles from Mesa's frame-time counter
# (GALLIUM_HUD, dumped one value per frame). Fails if the app stops playing, dies or exits non-zero.
# Usage: bench/soak.sh [--minutes N] [--binary PATH/TO/csto-atlas] [--out DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=30
binary=$root/build/csto-atlas
out=$(mktemp -d /tmp/csto-atlas-soak.XXXXXX)
while [[ $# -gt 0 ]]; do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: bench/soak.sh [--minutes N] [--binary PATH] [--out DIR]" >&2; exit 2 ;;
  esac
done
[[ -x $binary ]] || { echo "no binary at $binary: build first (.ci/build)" >&2; exit 2; }
source "$root/tests/ui/x_session.sh"

# Playback loops over the whole story, a year every second; the frame time of every frame is
# written to $out/hud/frametime_(ms) (the HUD itself is not drawn).
mkdir -p "$XDG_CONFIG_HOME/csto-atlas" "$out/hud"
printf 'time=694224000\nspeed=365\nloop=true\n' >"$XDG_CONFIG_HOME/csto-atlas/settings.ini"
export GALLIUM_HUD=simple,frametime GALLIUM_HUD_PERIOD=0 GALLIUM_HUD_VISIBLE=false GALLIUM_HUD_DUMP_DIR=$out/hud
rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$app/status"; }

start_app
key space
sleep 5
echo "start: RSS $(rss), time shown $(title_of)"
start_rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$app/status")
for minute in $(seq "$minutes"); do
  before=$(title_of)
  sleep 60
  kill -0 "$app" 2>/dev/null || { echo "FAIL: the app died"; cat "$out/app.log"; exit 1; }
  [[ $(title_of) != "$before" ]] || { echo "FAIL: playback stopped at $before"; exit 1; }
  echo "minute $minute: RSS $(rss), time shown $(title_of)"
done
end_rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$app/status")
echo "end: RSS $(rss) ($(( (end_rss - start_rss) / 1024 )) MB since the start)"
quit_app

# Percentiles of every frame after the first 100 (start-up and first tiles excluded).
sort -g <(tail -n +101 "$out/hud/frametime_(ms)") | awk '
  { v[NR] = $1 }
  END {
    if (NR == 0) { print "no frame times recorded"; exit 1 }
    p = "50 90 95 99"; n = split(p, ps, " ")
    printf "frames: %d; frame time ms:", NR
    for (i = 1; i <= n; i++) printf " p%s %.1f", ps[i], v[int((NR - 1) * ps[i] / 100) + 1]
    printf " max %.1f\n", v[NR]
  }'
echo "files in $out"
