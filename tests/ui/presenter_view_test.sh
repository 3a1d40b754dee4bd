#!/usr/bin/env bash
# tests/ui/presenter_view_test.sh: the presenter's view on one wide Xvfb screen (2560x800: SDL
# reports one display, so the audience's window takes its left half and the view its right half):
# the audience's frame, the next chapter's frame and the notes in the view; one PageDown in either
# window moves both; P closes and opens the view; Esc in the view ends presenting and puts the
# audience's window back; `present --rehearse` prints the time spent on each chapter visited when
# the app ends.
# Usage: presenter_view_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
screen=2560x800
source "$(dirname "$0")/x_session.sh"

still=2560x720+0+80 # the view's clocks tick in its top 80 rows

view_window() { xdotool search --name '^Presenter view' 2>>"$out/xdotool.log" | head -n 1; }
await_view() { poll "the presenter's view open" sh -c "xdotool search --name '^Presenter view' >/dev/null 2>&1"; view=$(view_window); }
both_at() { # N: the audience and the view both at chapter N of 9
  title_is "csto-atlas - chapter $1 of 9" "the audience at chapter $1"
  poll "the view at chapter $1 (its title: '$(xdotool getwindowname "$(view_window)" 2>/dev/null)')" \
    sh -c "[ \"\$(xdotool getwindowname $view 2>/dev/null)\" = 'Presenter view - chapter $1 of 9' ]"
}
placed_at() { # WINDOW X WIDTH
  poll "window $1 at x=$2, $3 wide (it is at: $(xdotool getwindowgeometry "$1" | tr '\n' ' '))" \
    sh -c "xdotool getwindowgeometry $1 | grep -q 'Position: $2,' && xdotool getwindowgeometry $1 | grep -q 'Geometry: $3x'"
}
focus() { xdotool windowfocus --sync "$1" 2>/dev/null || true; }

# The view's parts on the right half (x from 1280): in its left column the audience's frame over
# the next chapter's; the notes in its right column.
audience_part=640x360+1310+110
next_part=300x170+1310+590
notes_part=520x400+2010+100

launch present --presenter-view
await_view
both_at 1
placed_at "$window" 0 1280
placed_at "$view" 1280 1280
# The audience's window shows the chapter: its caption card's navy, Russia's blue.
await first 0.05 1 "share of Russia's blue in the audience's half" colour_share_within 1280x800+0+0 "#77AADD"
expect "$(share_within "$out/first.png" 1280x800+0+0 "#14213D")" 0.02 0.5 "share of the caption card's navy in the audience's half"
# The view: on its paper, the audience's frame (Russia's blue), the next chapter's frame, the notes' dark text.
await first 0.05 1 "share of Kazakhstan's yellow where the view shows the next chapter (Osh)" colour_share_within "$next_part" "#EEDD88"
expect "$(share_within "$out/first.png" "$audience_part" "#77AADD")" 0.05 1 "share of Russia's blue where the view shows the audience's frame"
expect "$(share_within "$out/first.png" "$notes_part" "#F6F6F8")" 0.5 0.97 "share of the view's paper behind the notes"
expect "$(share_within "$out/first.png" "$notes_part" "#141418")" 0.01 0.3 "share of the notes' dark text"

# One PageDown in the view moves both windows; then one in the audience's window.
focus "$view"
key Next
both_at 2
focus "$window"
key Next
both_at 3
await third 0.1 1 "share of the view's audience frame changed from chapter 1 to 3" differs_from_within first "$audience_part"
expect "$(differs_from_within first "$notes_part" "$out/third.png")" 0.02 1 "share of the notes changed from chapter 1 to 3"

# P closes the view (from the view) and opens it again (from the audience's window).
focus "$view"
key p
poll "the view closed after P" sh -c "! xdotool search --name '^Presenter view' >/dev/null 2>&1"
focus "$window"
key p
await_view
both_at 3
quit_app

# Opened by P from a plain presentation, the view moves the audience's window to the left half;
# Esc typed into the view ends the presentation, closes the view and puts the window back.
: >"$out/app.log"
launch present
title_is "csto-atlas - chapter 1 of 9" "the audience at chapter 1"
before=$(xdotool getwindowgeometry "$window" | tail -n 2 | tr '\n' ' ')
key p
await_view
placed_at "$window" 0 1280
focus "$view"
key Escape
poll "the view closed after Esc" sh -c "! xdotool search --name '^Presenter view' >/dev/null 2>&1"
title_not "" "a time in the title after Esc"
poll "the audience's window back at '$before' (it is at: $(xdotool getwindowgeometry "$window" | tail -n 2 | tr '\n' ' '))" \
  sh -c "[ \"\$(xdotool getwindowgeometry $window | tail -n 2 | tr '\n' ' ')\" = '$before' ]"
quit_app

# A rehearsal from chapter 2: the view says so, and the times of chapters 2 to 4 are printed at the end.
: >"$out/app.log"
launch present --rehearse --chapter 2
await_view
both_at 2
focus "$view"
key Next
both_at 3
key Next
both_at 4
quit_app
grep -q '^Rehearsal: time on each chapter$' "$out/app.log" || { echo "FAIL: no rehearsal report"; cat "$out/app.log"; exit 1; }
for line in ' 1  overview +-$' ' 2  osh-2010 +[0-9]+:[0-9]{2}$' ' 3  armenia-2021 +[0-9]+:[0-9]{2}$' \
  ' 4  almaty-protests +[0-9]+:[0-9]{2}$' ' 5  almaty-request +-$' '    in all +[0-9]+:[0-9]{2}$'; do
  grep -Eq "^$line" "$out/app.log" || { echo "FAIL: the rehearsal report lacks a line like '$line'"; cat "$out/app.log"; exit 1; }
done
echo "presenter view test passed"
