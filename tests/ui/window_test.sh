#!/usr/bin/env bash
# tests/ui/window_test.sh: the app in a real window under Xvfb: it shows the map, Home and the
# wheel change the view, a state's tooltip shows under the pointer, the screenshots prove it, and
# Ctrl+Q closes it cleanly (exit 0).
# Usage: window_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
source "$(dirname "$0")/x_session.sh"
start_app

sleep 2
xdotool mousemove --window "$window" 640 400 key --window "$window" Home
sleep 1
import -window root "$out/home.png"
expect "$(share_of "$out/home.png" '#77AADD')" 0.06 0.60 "share of Russia's fill after Home (panels cover some)"
expect "$(share_of "$out/home.png" '#EEDD88')" 0.01 0.30 "share of Kazakhstan's fill after Home"

# Zoom in at the cursor over Kazakhstan: Kazakhstan's share grows.
xdotool mousemove --window "$window" 470 480
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

# Resting over a state shows its tooltip (its name and standing) beside the pointer.
xdotool mousemove --window "$window" 700 500; sleep 0.5
xdotool mousemove --window "$window" 702 502; sleep 1
import -window root "$out/tooltip.png"
expect "$(changed "$out/home_again.png" "$out/tooltip.png")" 0.001 0.1 "share of pixels changed by the tooltip"
expect "$(share_of "$out/tooltip.png" '#FFFFFF')" 0.001 0.5 "share of the tooltip's white"

quit_app
echo "window test passed: screenshots in $out"
