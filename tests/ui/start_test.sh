#!/usr/bin/env bash
# tests/ui/start_test.sh: the window starts, shows the map's time in its title and quits on Ctrl+Q
# with exit 0, many times in a row under a bare X server: no D-Bus session bus, no window
# manager. The first start runs under strace, which proves that no process is forked once a
# second thread exists (a fork then can hang in a lock another thread held). Without a display,
# or without OpenGL 3.3, the app says so and exits 1 within seconds.
# Usage: start_test.sh PATH/TO/csto-atlas OUTPUT_DIR [STARTS]
set -euo pipefail

binary=$1
out=$2
starts=${3:-30}
source "$(dirname "$0")/x_session.sh"
command -v strace >/dev/null || { echo "start test needs strace (apt-get install strace)"; exit 1; }
# A lectern PC's bare X session: D-Bus would have to be autolaunched.
unset DBUS_SESSION_BUS_ADDRESS
export XDG_RUNTIME_DIR="$out/runtime" # with no session bus socket in it
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

trace="$out/processes.strace"
# A child is followed until it runs another program (dbus-launch, whose daemon outlives the app).
launcher=(strace -f -qq --detach-on=execve -e trace=process -o "$trace")
for n in $(seq "$starts"); do
  : >"$out/app.log"
  rm -rf "$XDG_CONFIG_HOME"
  start_app
  quit_app
  unset launcher
  echo "start $n of $starts: window shown, quit with 0"
done

forked_after_thread=$(awk -f "$(dirname "$0")/../tools/forks_after_threads.awk" "$trace")
[[ -z $forked_after_thread ]] ||
  { echo "FAIL: a process was forked while other threads ran:"; echo "$forked_after_thread"; exit 1; }

# Fails within seconds, with exit 1 and a message saying why; $1 names the case.
fails_to_open() {
  local status=0
  (cd "$workdir" && exec timeout 20 env "${@:3}" "$binary") >"$out/$1.log" 2>&1 || status=$?
  [[ $status -eq 1 ]] || { echo "FAIL: $1: the app exited with $status, expected 1"; cat "$out/$1.log"; exit 1; }
  grep -q "^csto-atlas: $2" "$out/$1.log" || { echo "FAIL: $1: no message '$2':"; cat "$out/$1.log"; exit 1; }
}
fails_to_open no_display "cannot open a window: no display" DISPLAY= WAYLAND_DISPLAY=
fails_to_open no_gl33 "cannot create an OpenGL 3.3 core context" MESA_GL_VERSION_OVERRIDE=3.0
echo "start test passed: $starts starts"
