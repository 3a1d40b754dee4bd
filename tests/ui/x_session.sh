# tests/ui/x_session.sh: sourced by the window tests: a private Xvfb display and config folder,
# the app started in an empty working folder, and checks on screenshots and the window title.
# Needs $binary and $out set; defines start_app, title_of, shows_time, share_of, changed, expect,
# quit_app.

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

# Settings go to a fresh config folder; the working folder must stay empty.
export XDG_CONFIG_HOME="$out/config"
workdir="$out/workdir"
rm -rf "$XDG_CONFIG_HOME" "$workdir"
mkdir -p "$workdir"

# Starts the app (with any arguments given, behind the command in the array $launcher if set)
# and waits until it shows a time in its title; sets $app and $window.
start_app() {
  (cd "$workdir" && exec ${launcher[@]+"${launcher[@]}"} "$binary" "$@") >>"$out/app.log" 2>&1 &
  app=$!
  window=$(timeout 60 xdotool search --sync --name '^csto-atlas' | head -n 1) || true
  [[ -n $window ]] || { echo "FAIL: no csto-atlas window appeared"; cat "$out/app.log"; exit 1; }
  xdotool windowfocus --sync "$window" 2>/dev/null || true # ImGui reads the pointer only when focused
  for _ in $(seq 300); do shows_time && break; sleep 0.2; done
  shows_time || { echo "FAIL: the title never showed a time: $(title_of)"; exit 1; }
}

# The time in the window title, "csto-atlas - 1992-05-15 00:00 UTC": "1992-05-15 00:00".
title_of() { xdotool getwindowname "$window" 2>/dev/null | sed 's/^csto-atlas - \(.*\) UTC$/\1/'; }
shows_time() { [[ $(title_of) =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}$ ]]; }

# Fraction of the screenshot in a colour (within 2%).
# The colour is first painted a marker colour (pure magenta, in no map), so that black and white
# themselves can be measured.
share_of() {
  convert "$1" -fuzz 2% -fill '#FF00FF' -opaque "$2" -fuzz 0 -fill black +opaque '#FF00FF' -fill white -opaque '#FF00FF' \
    -format '%[fx:mean]' info:
}
# Fraction of pixels that differ between two screenshots.
changed() { { compare -metric AE -fuzz 2% "$1" "$2" null: 2>&1 || true; } | awk -v n=$((1280 * 800)) '{print $1 / n}'; }
# Whether a number lies in lo..hi; expect fails the test, naming the figure, when it does not.
within() { awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v >= lo && v <= hi) }'; }
expect() { within "$1" "$2" "$3" || { echo "FAIL: $4 = $1, expected $2..$3"; exit 1; }; }

# Ctrl+Q, then the app must exit with 0.
quit_app() {
  # The window may be gone before the key's release is sent: what counts is the exit status.
  xdotool key --window "$window" ctrl+q 2>/dev/null || true
  local status=0
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  wait "$app" || status=$?
  app=
  [[ $status -eq 0 ]] || { echo "FAIL: the app exited with $status"; cat "$out/app.log"; exit 1; }
}
