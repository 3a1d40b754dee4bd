#!/usr/bin/env bash
# tests/ui/timeline_test.sh: time in the window under Xvfb: the arrow keys and `.`/`,` step
# between events, Space plays and pauses, read from the window title; screenshots of the
# timeline; the episode buttons and non-linear time; settings saved atomically under XDG_CONFIG_HOME (never the working folder) and the
# time restored on the next start.
# Usage: timeline_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
source "$(dirname "$0")/x_session.sh"
start_app

# Sends a key and waits for the frame that follows.
press() { xdotool key --window "$window" "$1"; sleep 0.6; }
later() { [[ $1 > $2 ]] || { echo "FAIL: $3: '$1' is not later than '$2'"; exit 1; }; }
same() { [[ $1 == "$2" ]] || { echo "FAIL: $3: '$1' is not '$2'"; exit 1; }; }

xdotool mousemove --window "$window" 300 300
now=$(title_of) # a first start shows the present
press Left; last=$(title_of)
later "$now" "$last" "Left steps back to the last event"
press Left; before=$(title_of)
later "$last" "$before" "Left steps back to the event before"
press Right; same "$(title_of)" "$last" "Right steps forward"
press comma; same "$(title_of)" "$before" "',' steps back"
press period; same "$(title_of)" "$last" "'.' steps forward"
import -window root "$out/stepped.png"

# Play for two seconds at a day per second: the time moves on; paused, it stays.
press space
sleep 2
press space
played=$(title_of)
later "$played" "$last" "Space plays"
sleep 1
same "$(title_of)" "$played" "Space pauses"
import -window root "$out/played.png"
expect "$(changed "$out/stepped.png" "$out/played.png")" 0.00001 0.2 "share of pixels changed by playing (the playhead)"

# The Kazakhstan episode button: time goes to its start, the map to Kazakhstan. Then non-linear
# time: breaks appear on the axis.
# A real click (XTEST) at a window position: ImGui takes buttons from the pointer's state.
click() { xdotool mousemove --window "$window" "$1" "$2"; sleep 0.3; xdotool click 1; sleep 0.3; }
click 1030 680
sleep 1
same "$(title_of)" "2022-01-01 00:00" "the time after the Kazakhstan episode button"
import -window root "$out/episode.png"
expect "$(changed "$out/played.png" "$out/episode.png")" 0.2 1.0 "share of pixels changed by the episode's view"
click 393 680
click 510 680
sleep 1
import -window root "$out/nonlinear.png"
# An event in the list: the inspector shows it, time jumps to it.
click 1000 275
sleep 1
import -window root "$out/inspector.png"
expect "$(changed "$out/nonlinear.png" "$out/inspector.png")" 0.01 1.0 "share of pixels changed by selecting an event"
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
