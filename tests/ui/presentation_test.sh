#!/usr/bin/env bash
# tests/ui/presentation_test.sh: presentation mode in the window under Xvfb: F5 (or the Present
# button) starts it with no panels, PageDown steps through chapters (read from the window
# title), B and W blank the screen, a number and Enter jump, Esc returns to the map with its
# panels; `present --chapter 2` starts there, and a broken --story file still opens on the
# built-in story with a message naming it.
# Usage: presentation_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
source "$(dirname "$0")/x_session.sh"

chapter_is() { title_is "csto-atlas - chapter $1" "chapter $1"; }

start_app
point 300 300
settle map
key F5
chapter_is "1 of 9"
await chapter1 0.3 1.0 "share of pixels changed by F5 (panels gone, presentation style)" differs_from map
expect "$(share_of "$out/chapter1.png" "#14213D")" 0.00005 0.3 "share of the progress dots' and cards' navy"

key Next
chapter_is "2 of 9"
key Next
chapter_is "3 of 9"
key Next
chapter_is "4 of 9"
# After the flight the chapter's title card rests on its view.
await chapter4 0.2 1.0 "share of pixels changed by three PageDowns" differs_from chapter1
key Prior
chapter_is "3 of 9"

key b
await black 0.95 1.0 "share of black after B" colour_share "#000000"
key b
await unblanked 0 0.5 "share of black after B again" colour_share "#000000"
key w
await white 0.95 1.0 "share of white after W" colour_share "#FFFFFF"
key w
await unblanked 0 0.5 "share of white after W again" colour_share "#FFFFFF"

key 9 Return
chapter_is "9 of 9"
settle chapter9
key Home
chapter_is "1 of 9"

key Escape
title_not "" "a time in the title after Esc"
# The map's tiles are drawn again in its own style, a few a frame, until it is the map left.
await left 0 0.05 "share of pixels that differ from the map before F5" differs_from map

# The Present button beside the episode buttons starts it too.
click 1170 680
chapter_is "1 of 9"
key Escape
title_not "" "a time in the title after Esc"
quit_app

# Straight into chapter 2, with a broken story file: the built-in story, and the message.
printf '[[chapter]]\nid = "one"\ntitel = "A typo"\n' >"$out/broken.toml"
: >"$out/app.log"
launch present --chapter 2 --story "$out/broken.toml"
chapter_is "2 of 9"
grep -q "broken.toml:3: unknown chapter field 'titel' (did you mean 'title'?)" "$out/app.log" ||
  { echo "FAIL: no message naming broken.toml:3"; cat "$out/app.log"; exit 1; }
quit_app # Ctrl+Q quits while presenting too
echo "presentation test passed"
