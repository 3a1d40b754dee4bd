# tests/ui/x_session.sh: sourced by the window tests: a private Xvfb display and config folder,
# the app started in an empty working folder, input, and checks on screenshots and the window
# title. No check follows a fixed sleep: each polls for its condition until $deadline seconds
# have passed, then fails with what it saw. Needs $binary and $out set; $screen (WxH) sizes the
# display, 1280x800 unless set.

mkdir -p "$out"
screen=${screen:-1280x800}
for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "window test needs $tool (apt-get install xvfb xdotool imagemagick)"; exit 1; }
done

# A display of our own: the first free number whose lock file names our Xvfb (another server may
# take a number between our look and our start; ours then exits, and the next number is tried).
# -noreset: by default Xvfb resets itself whenever its last client leaves, and refuses a client
# that connects meanwhile (the app then cannot reach the display).
xvfb=
for display in $(seq 91 190); do
  [[ -e /tmp/.X$display-lock || -e /tmp/.X11-unix/X$display ]] && continue
  Xvfb ":$display" -screen 0 "${screen}x24" -nolisten tcp -noreset >"$out/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do
    kill -0 "$xvfb" 2>/dev/null || break
    [[ $(tr -d ' \n' <"/tmp/.X$display-lock" 2>/dev/null) == "$xvfb" ]] &&
      DISPLAY=":$display" xdotool getmouselocation >/dev/null 2>&1 && break 2
    sleep 0.1
  done
  kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null || true
  xvfb=
done
[[ -n $xvfb ]] || { echo "FAIL: no Xvfb display of our own could be started"; cat "$out/xvfb.log"; exit 1; }
export DISPLAY=":$display"
app=
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT

# Settings go to a fresh config folder; the working folder must stay empty.
export XDG_CONFIG_HOME="$out/config"
workdir="$out/workdir"
rm -rf "$XDG_CONFIG_HOME" "$workdir"
mkdir -p "$workdir"

# Starts the app (with any arguments given, behind the command in the array $launcher if set)
# and waits until it shows a time in its title; sets $app and $window.
start_app() {
  launch "$@"
  title_not "" "a time in the title after the start"
}

# Starts the app and waits for its window; sets $app and $window.
launch() {
  (cd "$workdir" && exec ${launcher[@]+"${launcher[@]}"} "$binary" "$@") >>"$out/app.log" 2>&1 &
  app=$!
  await_window
}

# Waits for a csto-atlas window of $app and sets $window. A search can fail with an X error when
# a window (the GL driver's own) goes away meanwhile: it is simply searched again.
await_window() {
  local end=$((SECONDS + deadline))
  until window=$(xdotool search --name '^csto-atlas' 2>>"$out/xdotool.log" | head -n 1); [[ -n $window ]]; do
    kill -0 "$app" 2>/dev/null || { echo "FAIL: the app ended before its window appeared"; cat "$out/app.log"; exit 1; }
    ((SECONDS < end)) || { echo "FAIL: no csto-atlas window appeared in ${deadline}s"; cat "$out/app.log"; exit 1; }
    sleep 0.1
  done
  xdotool windowfocus --sync "$window" 2>/dev/null || true # ImGui reads the pointer only when focused
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
# Fraction of pixels that differ between two screenshots; with $still set (WxH+X+Y), within that
# part only (a clock ticks elsewhere).
changed() {
  local part=${still:-$screen+0+0} size
  size=${part%%+*}
  convert "$1" -crop "$part" +repage "$out/changed.a.png"
  convert "$2" -crop "$part" +repage "$out/changed.b.png"
  { compare -metric AE -fuzz 2% "$out/changed.a.png" "$out/changed.b.png" null: 2>&1 || true; } |
    awk -v n=$((${size%x*} * ${size#*x})) '{print $1 / n}'
}
# Whether a number lies in lo..hi; expect fails the test, naming the figure, when it does not.
within() { awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v >= lo && v <= hi) }'; }
expect() { within "$1" "$2" "$3" || { echo "FAIL: $4 = $1, expected $2..$3"; exit 1; }; }

# How long any one condition is waited for, in whole seconds.
deadline=${ATLAS_UI_DEADLINE:-60}

# A screenshot of the whole display in $out/NAME.png.
shot() { import -window root "$out/$1.png"; }

# Takes screenshots into $out/NAME.png until three in a row are alike: the app has drawn what
# it was asked to and is at rest. An optional second argument is the deadline (in $SECONDS).
settle() {
  local name=$1 end=${2:-$((SECONDS + deadline))} alike=0 difference=-1
  shot "$name"
  while ((alike < 2)); do
    ((SECONDS < end)) || { echo "FAIL: the screen never stopped changing ($name: $difference of pixels changed between the last two screenshots)"; exit 1; }
    mv "$out/$name.png" "$out/$name.before.png"
    sleep 0.15
    shot "$name"
    difference=$(changed "$out/$name.before.png" "$out/$name.png")
    if [[ $difference == 0 ]]; then alike=$((alike + 1)); else alike=0; fi
  done
  rm -f "$out/$name.before.png"
}

# Waits until the settled screenshot NAME measures within lo..hi, the measure being the command
# after WHAT with the screenshot's path added; then fails with the last measure.
await() {
  local name=$1 lo=$2 hi=$3 what=$4 end=$((SECONDS + deadline)) value
  shift 4
  while :; do
    settle "$name" "$end"
    value=$("$@" "$out/$name.png") || { echo "FAIL: cannot measure $what on $out/$name.png"; exit 1; }
    within "$value" "$lo" "$hi" && return
    ((SECONDS < end)) || { echo "FAIL: $what = $value, expected $lo..$hi (for ${deadline}s; see $out/$name.png)"; exit 1; }
  done
}
# The share of a colour within a part of a screenshot: share_within FILE WxH+X+Y COLOUR.
share_within() { convert "$1" -crop "$2" +repage png:- | share_of png:- "$3"; }
# Measures for await: a colour's share (in the whole screen or a part of it), and the share of
# pixels that differ from a screenshot.
colour_share() { share_of "$2" "$1"; }
colour_share_within() { share_within "$3" "$1" "$2"; }
differs_from_within() { # NAME WxH+X+Y FILE: the share of that part that differs from screenshot NAME
  local size=${2%%+*}
  convert "$out/$1.png" -crop "$2" +repage "$out/part.before.png"
  convert "$3" -crop "$2" +repage "$out/part.png"
  { compare -metric AE -fuzz 2% "$out/part.before.png" "$out/part.png" null: 2>&1 || true; } |
    awk -v n=$(( ${size%x*} * ${size#*x} )) '{print $1 / n}'
}
differs_from() { changed "$out/$1.png" "$2"; }

# Waits until the command after WHAT succeeds, trying every 0.1 s; then fails saying WHAT.
poll() {
  local what=$1 end=$((SECONDS + deadline))
  shift
  until "$@"; do
    ((SECONDS < end)) || { echo "FAIL: $what (for ${deadline}s)"; exit 1; }
    sleep 0.1
  done
}

# Waits until the title shows a time other than $1; sets $shown to that time. title_is waits for
# a whole title, time_is for a time; they set $shown to the title.
title_not() {
  local end=$((SECONDS + deadline))
  while shown=$(title_of); [[ $shown == "$1" ]] || ! shows_time; do
    ((SECONDS < end)) || { echo "FAIL: the title stayed '$shown' ($2)"; exit 1; }
    sleep 0.1
  done
}
title_is() {
  local end=$((SECONDS + deadline))
  until shown=$(xdotool getwindowname "$window" 2>/dev/null || true); [[ $shown == "$1" ]]; do
    ((SECONDS < end)) || { echo "FAIL: the title is '$shown', expected '$1' ($2)"; exit 1; }
    sleep 0.1
  done
}
time_is() { title_is "csto-atlas - $1 UTC" "$2"; }

# Waits until the app has drawn a frame begun after the input just sent: the screen changed twice
# (the second frame started after the first was shown), or it is at rest (four screenshots alike).
drawn() {
  local end=$((SECONDS + deadline)) changes=0 alike=0
  shot input
  while ((changes < 2 && alike < 3)); do
    ((SECONDS < end)) || { echo "FAIL: no frame drawn after the input"; exit 1; }
    mv "$out/input.png" "$out/input.before.png"
    sleep 0.05
    shot input
    if [[ $(changed "$out/input.before.png" "$out/input.png") == 0 ]]; then
      alike=$((alike + 1))
    else
      changes=$((changes + 1)) alike=0
    fi
  done
}

# Input. Keys are typed as on a keyboard (XTEST) into the window, which has the focus: keys sent to
# the window as events of their own (xdotool key --window) are now and then lost by SDL just after
# the start. A pointer move waits for the frame that shows it (hover), and a
# click is a press and a release each in a frame of its own, the pointer still over its target:
# ImGui reads the pointer and its buttons once a frame.
key() { xdotool key "$@" 2>>"$out/xdotool.log" || true; }
point() { xdotool mousemove --window "$window" "$1" "$2"; drawn; }
click() {
  point "$1" "$2"
  xdotool mousedown 1
  drawn
  xdotool mouseup 1
  drawn
}

# Ctrl+Q, then the app must exit with 0.
quit_app() {
  key ctrl+q
  local status=0 end=$((SECONDS + deadline))
  while kill -0 "$app" 2>/dev/null; do
    ((SECONDS < end)) || { echo "FAIL: the app was still running ${deadline}s after Ctrl+Q"; exit 1; }
    sleep 0.1
  done
  wait "$app" || status=$?
  app=
  [[ $status -eq 0 ]] || { echo "FAIL: the app exited with $status"; cat "$out/app.log"; exit 1; }
}
