#!/usr/bin/env bash
# tests/ui/window_test.sh: the app in a real window under Xvfb: it shows the map, Home and the
# wheel change the view, the screenshots prove it, and Ctrl+Q closes it cleanly (exit 0).
# Usage: window_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
mkdir -p "$out"
for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "window test needs $tool (apt-get install xvfb xdotool imagemagick)"; exit 1; }
done

# A display number nobody uses.
display=91
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=":$display"
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

"$binary" >"$out/app.log" 2>&1 &
app=$!
window=$(timeout 60 xdotool search --sync --name '^csto-atlas$' | head -n 1)
[[ -n $window ]] || { echo "FAIL: no csto-atlas window appeared"; cat "$out/app.log"; exit 1; }

# Fraction of the screenshot in a colour (within 2%).
share_of() { convert "$1" -fuzz 2% -fill black +opaque "$2" -fill white -opaque "$2" -format '%[fx:mean]' info:; }
# Fraction of pixels that differ between two screenshots.
changed() { compare -metric AE -fuzz 2% "$1" "$2" null: 2>&1 | awk -v n=$((1280 * 800)) '{print $1 / n}'; }
expect() { awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v >= lo && v <= hi) }' || { echo "FAIL: $4 = $1, expected $2..$3"; exit 1; }; }

sleep 2
xdotool mousemove --window "$window" 640 400 key --window "$window" Home
sleep 1
import -window root "$out/home.png"
expect "$(share_of "$out/home.png" '#77AADD')" 0.10 0.60 "share of Russia's fill after Home"
expect "$(share_of "$out/home.png" '#EEDD88')" 0.01 0.30 "share of Kazakhstan's fill after Home"

# Zoom in at the cursor over Kazakhstan: Kazakhstan's share grows.
xdotool mousemove --window "$window" 470 540
for _ in 1 2 3 4; do xdotool click --window "$window" 4; sleep 0.2; done
sleep 1
import -window root "$out/zoomed.png"
expect "$(changed "$out/home.png" "$out/zoomed.png")" 0.2 1.0 "share of pixels changed by zooming"
before=$(share_of "$out/home.png" '#EEDD88')
after=$(share_of "$out/zoomed.png" '#EEDD88')
awk -v a="$after" -v b="$before" 'BEGIN { exit !(a > b * 1.5) }' || { echo "FAIL: zooming over Kazakhstan did not enlarge it ($before -> $after)"; exit 1; }

# Home returns to the first view.
xdotool key --window "$window" Home
sleep 1
import -window root "$out/home_again.png"
expect "$(changed "$out/home.png" "$out/home_again.png")" 0 0.02 "difference after Home"

xdotool key --window "$window" ctrl+q
status=0
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
wait "$app" || status=$?
app=
[[ $status -eq 0 ]] || { echo "FAIL: the app exited with $status"; cat "$out/app.log"; exit 1; }
echo "window test passed: screenshots in $out"
