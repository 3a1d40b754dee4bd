#!/usr/bin/env bash
# tests/ui/export_dialog_test.sh: the window's export dialog under Xvfb: the Export button opens
# it on the view and the timeline's range; a one-second 720p MP4 is written in the background
# (30 frames, read back with ffprobe); a longer export that replaces it is cancelled, leaving the
# first video whole and nothing unfinished behind.
# Usage: export_dialog_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
export HOME="$out/home" # where the dialog proposes to write
rm -rf "$HOME"
mkdir -p "$HOME"
source "$(dirname "$0")/x_session.sh"
command -v ffprobe >/dev/null || { echo "export dialog test needs ffprobe (apt-get install ffmpeg)"; exit 1; }
video="$HOME/csto-atlas.mp4"

# Ctrl+click turns the Length slider into a text field.
set_length() {
  point 245 219
  xdotool keydown ctrl mousedown 1
  drawn
  xdotool mouseup 1 keyup ctrl
  drawn
  xdotool key ctrl+a type "$1"
  xdotool key Return
  drawn
}
frames_of() { ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=nb_read_frames,width,height -of csv=p=0 "$1" 2>&1 || true; }
has_video() { [[ -f $video ]]; }
writing() { ls "$HOME" | grep -q partial; }
not_writing() { ! writing; }

start_app
click 1222 680 # Export, beside Present
settle dialog
set_length 1
click 245 244 # Size
click 150 269 # 1280x720
click 112 369 # Export
poll "no $video after the export" has_video
[[ $(frames_of "$video") == "1280,720,30" ]] || { echo "FAIL: the video is $(frames_of "$video"), expected 1280,720,30"; exit 1; }
[[ -f $HOME/csto-atlas.srt ]] || { echo "FAIL: no subtitles beside the video"; exit 1; }
settle exported

# Replace it with a minute-long export, and cancel that once it has begun.
click 98 344 # Replace what is there
set_length 60
click 112 369 # Export
poll "the minute-long export never began writing" writing
click 165 369 # Cancel
poll "the cancelled export's partial file stayed" not_writing
settle cancelled
leftover=$(ls -A "$HOME" | grep -v '^csto-atlas.mp4$' | grep -v '^csto-atlas.srt$' || true)
[[ -z $leftover ]] || { echo "FAIL: the cancelled export left: $leftover"; exit 1; }
[[ $(frames_of "$video") == "1280,720,30" ]] || { echo "FAIL: cancelling damaged the earlier video: $(frames_of "$video")"; exit 1; }
quit_app
echo "export dialog test passed"
