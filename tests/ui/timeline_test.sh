#!/usr/bin/env bash
# tests/ui/timeline_test.sh: time in the window under Xvfb: the arrow keys and `.`/`,` step
# between events, Space plays and pauses, read from the window title; screenshots of the
# timeline; the episode buttons and non-linear time; settings saved atomically under
# XDG_CONFIG_HOME (never the working folder) and the time restored on the next start.
# Usage: timeline_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
source "$(dirname "$0")/x_session.sh"
start_app

later() { [[ $1 > $2 ]] || { echo "FAIL: $3: '$1' is not later than '$2'"; exit 1; }; }
same() { [[ $1 == "$2" ]] || { echo "FAIL: $3: '$1' is not '$2'"; exit 1; }; }

point 300 300
now=$(title_of) # a first start shows the present
key Left; title_not "$now" "Left steps back"; last=$shown
later "$now" "$last" "Left steps back to the last event"
key Left; title_not "$last" "Left steps back again"; before=$shown
later "$last" "$before" "Left steps back to the event before"
key Right; time_is "$last" "Right steps forward"
key comma; time_is "$before" "',' steps back"
key period; time_is "$last" "'.' steps forward"
settle stepped

# Space plays: the time moves on and the playhead with it. Space again pauses: the picture stops
# changing and the time stays.
key space
# Played until the playhead has visibly moved (at a day per second, a pixel of the axis is weeks).
moved() { shot playing; awk -v share="$(changed "$out/stepped.png" "$out/playing.png")" 'BEGIN { exit !(share >= 0.00001) }'; }
poll "the playhead did not move while playing" moved
key space
settle played
played=$(title_of)
later "$played" "$last" "Space plays"
settle paused
same "$(title_of)" "$played" "Space pauses"
expect "$(changed "$out/stepped.png" "$out/played.png")" 0.00001 0.2 "share of pixels changed by playing (the playhead)"

# The Kazakhstan episode button: time goes to its start, the map to Kazakhstan. Then non-linear
# time: breaks appear on the axis.
click 1030 680
time_is "2022-01-01 00:00" "the time after the Kazakhstan episode button"
await episode 0.2 1.0 "share of pixels changed by the episode's view" differs_from played
click 393 680
click 510 680
settle nonlinear
# An event in the list: the inspector shows it, time jumps to it.
click 1000 275
await inspector 0.01 1.0 "share of pixels changed by selecting an event" differs_from nonlinear
played=$(title_of)

quit_app
settings="$XDG_CONFIG_HOME/csto-atlas/settings.ini"
[[ -f $settings ]] || { echo "FAIL: no $settings"; exit 1; }
[[ -f $XDG_CONFIG_HOME/csto-atlas/imgui.ini ]] || { echo "FAIL: the panel layout was not saved"; exit 1; }
leftover=$(find "$XDG_CONFIG_HOME" -name '*.tmp*')
[[ -z $leftover ]] || { echo "FAIL: temporary files left: $leftover"; exit 1; }
grep -q '^warp=true$' "$settings" || { echo "FAIL: the non-linear option was not saved"; cat "$settings"; exit 1; }
[[ -z $(ls -A "$workdir") ]] || { echo "FAIL: files written in the working folder: $(ls -A "$workdir")"; exit 1; }

# The next start shows the time it was closed at.
start_app
same "$(title_of)" "$played" "the time after a restart"
quit_app
echo "timeline test passed: screenshots in $out"
