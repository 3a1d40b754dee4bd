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

point 640 400
key Home
await home 0.06 0.60 "share of Russia's fill after Home (panels cover some)" colour_share '#77AADD'
await home 0.01 0.30 "share of Kazakhstan's fill after Home" colour_share '#EEDD88'

# Zoom in at the cursor over Kazakhstan: Kazakhstan's share grows by half at least.
point 470 480
xdotool click --repeat 4 4
kazakhstan=$(share_of "$out/home.png" '#EEDD88')
await zoomed "$(awk -v k="$kazakhstan" 'BEGIN { print k * 1.5 }')" 1 "share of Kazakhstan's fill zoomed in over it" \
  colour_share '#EEDD88'
expect "$(changed "$out/home.png" "$out/zoomed.png")" 0.2 1.0 "share of pixels changed by zooming"

# Home returns to the first view.
key Home
await home_again 0 0.02 "difference from the first view after Home" differs_from home

# Resting over a state shows its tooltip (its name and standing) beside the pointer.
point 700 500
xdotool mousemove --window "$window" 702 502
await tooltip 0.001 0.1 "share of pixels changed by the tooltip" differs_from home_again
expect "$(share_of "$out/tooltip.png" '#FFFFFF')" 0.001 0.5 "share of the tooltip's white"

quit_app
echo "window test passed: screenshots in $out"
