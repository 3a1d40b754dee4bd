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

# X errors while the window is busy are not failures; what follows checks what the keys did.
press() { xdotool key --window "$window" "$@" 2>>"$out/xdotool.log" || true; sleep 0.8; }
chapter_is() {
  local title
  for _ in $(seq 50); do
    title=$(xdotool getwindowname "$window" 2>>"$out/xdotool.log" || true)
    [[ $title == "csto-atlas - chapter $1" ]] && return
    sleep 0.2
  done
  echo "FAIL: the title is '$title', expected chapter $1"; exit 1
}

start_app
xdotool mousemove --window "$window" 300 300
import -window root "$out/map.png"
press F5
chapter_is "1 of 9"
import -window root "$out/chapter1.png"
expect "$(changed "$out/map.png" "$out/chapter1.png")" 0.3 1.0 "share of pixels changed by F5 (panels gone, presentation style)"
expect "$(share_of "$out/chapter1.png" "#14213D")" 0.00005 0.3 "share of the progress dots' and cards' navy"

press Next
press Next
press Next
chapter_is "4 of 9"
sleep 6 # flight and title card: then the caption card
import -window root "$out/chapter4.png"
expect "$(changed "$out/chapter1.png" "$out/chapter4.png")" 0.2 1.0 "share of pixels changed by three PageDowns"
press Prior
chapter_is "3 of 9"

# Waits (a slow build draws slowly) until a screenshot has a share of colour in lo..hi.
screen_shows() {
  local share=0
  for _ in $(seq 40); do
    import -window root "$out/$1.png"
    share=$(share_of "$out/$1.png" "$2")
    within "$share" "$3" "$4" && return
    sleep 0.5
  done
  expect "$share" "$3" "$4" "$5"
}
press b
screen_shows black "#000000" 0.95 1.0 "share of black after B"
press b
screen_shows unblanked "#000000" 0 0.5 "share of black after B again"
press w
screen_shows white "#FFFFFF" 0.95 1.0 "share of white after W"
press w
screen_shows unblanked "#FFFFFF" 0 0.5 "share of white after W again"

press 9 Return
chapter_is "9 of 9"
sleep 5
import -window root "$out/chapter9.png"
press Home
chapter_is "1 of 9"

press Escape
for _ in $(seq 50); do shows_time && break; sleep 0.2; done
shows_time || { echo "FAIL: after Esc the title shows no time: $(title_of)"; exit 1; }
# The map's tiles are drawn again in its own style, a few a frame: wait until they are all there.
share=1
for _ in $(seq 40); do
  import -window root "$out/left.png"
  share=$(changed "$out/map.png" "$out/left.png")
  within "$share" 0 0.05 && break
  sleep 0.5
done
expect "$share" 0 0.05 "share of pixels that differ from the map before F5"

# The Present button beside the episode buttons starts it too (a real click: ImGui reads the pointer).
xdotool mousemove --window "$window" 1170 680; sleep 0.3; xdotool mousedown 1; sleep 0.2; xdotool mouseup 1
chapter_is "1 of 9"
press Escape
quit_app

# Straight into chapter 2, with a broken story file: the built-in story, and the message.
printf '[[chapter]]\nid = "one"\ntitel = "A typo"\n' >"$out/broken.toml"
(cd "$workdir" && exec "$binary" present --chapter 2 --story "$out/broken.toml") >"$out/present.log" 2>&1 &
app=$!
window=$(timeout 60 xdotool search --sync --name '^csto-atlas' | head -n 1) || true
[[ -n $window ]] || { echo "FAIL: no window for present --chapter 2"; cat "$out/present.log"; exit 1; }
chapter_is "2 of 9"
grep -q "broken.toml:3: unknown chapter field 'titel' (did you mean 'title'?)" "$out/present.log" ||
  { echo "FAIL: no message naming broken.toml:3"; cat "$out/present.log"; exit 1; }
quit_app # Ctrl+Q quits while presenting too
echo "presentation test passed"
