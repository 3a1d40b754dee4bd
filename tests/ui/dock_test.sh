#!/usr/bin/env bash
# tests/ui/dock_test.sh: the panels in their dock beside the map, at 1280x800: the map keeps the
# rest of the window, so the six members and the legend are all in sight beside the open panels;
# each episode button and an event picked in the list put their place in that free part; a step
# with the arrow keys selects its event (the inspector shows it); the timeline keys its tick
# colours; the dock moves to the left, hides, and its side and state are saved.
# Usage: dock_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
source "$(dirname "$0")/x_session.sh"

# The dock is 460 wide at first: the map is the 820x660 left of it, above the timeline (below
# its date card and legend, where the legend's swatches would count as states).
map=820x660+0+0
land=820x590+0+70
dock=460x660+820+0
inspector=440x260+830+390
members=('#77AADD' '#EEDD88' '#44BB99' '#BBCC33' '#FFAABB' '#EE8866') # Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Belarus, Armenia

start_app
point 1000 600 # over the dock: no tooltip on the map
key Home
for colour in "${members[@]}"; do # Armenia, the smallest, takes about 100 pixels
  await home 0.0001 1 "share of the map in the member colour $colour beside the panels" colour_share_within "$land" "$colour"
  expect "$(share_within "$out/home.png" "$dock" "$colour")" 0 0.0001 "share of the dock in the member colour $colour"
done
# The timeline's foot keys its tick colours: the swatch of each kind (request, answer, deployment) is there.
for colour in '#EE6677' '#AA3377' '#228833'; do
  expect "$(share_within "$out/home.png" 1280x16+0+749 "$colour")" 0.0005 0.05 "share of the tick key's row in $colour"
done
# The legend's card, top right of the map, is not under the panels.
expect "$(share_within "$out/home.png" 320x100+500+0 '#FBFAF7')" 0.15 1 "share of the legend's card at the map's top right"

# Each episode: its place fills the free part of the map, none of it under the panels.
episode() { # X of the button, the colour of its state, the least share of the map it takes
  click "$1" 680
  await "episode_$1" "$3" 1 "share of the map in $2 after the episode button at x=$1" colour_share_within "$map" "$2"
  expect "$(share_within "$out/episode_$1.png" "$dock" "$2")" 0 0.0001 "share of the dock in $2"
}
episode 1030 '#EEDD88' 0.15 # Kazakhstan, January 2022
episode 615 '#44BB99' 0.15  # Osh and Jalal-Abad, 2010
episode 820 '#EE8866' 0.03  # Armenia–Azerbaijan border, 2021

# An event picked in the list: the map centres on its place, in the free part (Almaty: Kazakhstan's
# fill and Kyrgyzstan's around the middle of the map).
click 1050 87
key ctrl+a
xdotool type --delay 50 "Almaty airport"
key Return
drawn
click 900 130
await picked 0.05 1 "share of the map's middle in Kazakhstan's fill after picking the Almaty event" \
  colour_share_within 240x240+290+210 '#EEDD88'

# A step to the next event selects it: the inspector shows it.
key Escape
click 400 300
settle before_step
key Right
await stepped 0.02 1 "share of the inspector changed by stepping to an event" differs_from_within before_step "$inspector"

# To the left, then hidden: the map takes the whole width.
click 880 15
await left 0.0001 1 "share of the right edge in Russia's fill once the dock is on the left" colour_share_within 300x600+980+0 '#77AADD'
expect "$(share_within "$out/left.png" 460x660+0+0 '#77AADD')" 0 0.0001 "share of the dock (now left) in Russia's fill"
click 1070 784
await hidden 0.3 1 "share of the screen changed by hiding the panels" differs_from left
quit_app
grep -q '^dock-side=left$' "$XDG_CONFIG_HOME/csto-atlas/settings.ini" || { echo "FAIL: the dock's side was not saved"; exit 1; }
grep -q '^dock-hidden=true$' "$XDG_CONFIG_HOME/csto-atlas/settings.ini" || { echo "FAIL: the hidden dock was not saved"; exit 1; }
echo "dock test passed: screenshots in $out"
