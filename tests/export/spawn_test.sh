#!/usr/bin/env bash
# tests/export/spawn_test.sh: `export` to MP4 starts ffmpeg without forking once its threads run
# (posix_spawn): traced with strace, no process is made by a plain fork after the first thread.
# Usage: spawn_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail
binary=$1
out=$2
command -v strace >/dev/null || { echo "FAIL: needs strace"; exit 1; }
mkdir -p "$out"
rm -f "$out/spawned.mp4"
# LeakSanitizer cannot run under ptrace: in the sanitizer build, leaks are left to the other tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
strace -f -qq --detach-on=execve -e trace=process -o "$out/export.strace" "$binary" export --episode almaty-2022 --from 2022-01-05 \
  --to 2022-01-08 --size 160x90 --fps 4 --duration 1s -o "$out/spawned.mp4" >"$out/export.log" 2>&1 ||
  { cat "$out/export.log"; echo "FAIL: the export failed"; exit 1; }
grep -q 'execve("[^"]*ffmpeg"' "$out/export.strace" || { echo "FAIL: ffmpeg was not started"; exit 1; }
forked=$(awk -f "$(dirname "$0")/../tools/forks_after_threads.awk" "$out/export.strace")
[[ -z $forked ]] || { echo "FAIL: a process was forked while other threads ran:"; echo "$forked"; exit 1; }
echo "spawn test passed: ffmpeg started with posix_spawn"
