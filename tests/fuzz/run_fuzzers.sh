#!/usr/bin/env bash
# tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]: builds the libFuzzer targets with clang into
# build-fuzz/ and runs each for SECONDS (default 60), seeded from geodata/, tests/data/ and
# tests/fuzz/seeds/ (with tests/fuzz/seeds/NAME.dict as its dictionary where there is one).
# Inputs that crash a target, hang it (over 10 s) or exhaust its memory are left as
# build-fuzz/findings/TARGET/{crash,timeout,oom}-*; exits 1 then, and non-zero when a target does
# not build. FUZZ_SEED=N fixes libFuzzer's random seed (0, the default, draws one).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
shift || true
all=(fuzz_events fuzz_membership fuzz_places fuzz_sources fuzz_sites fuzz_routes fuzz_story_toml fuzz_time fuzz_command_line
     fuzz_shapefile fuzz_settings)
targets=("${@:-${all[@]}}")
build="$root/build-fuzz"
command -v clang++ >/dev/null || { echo "run_fuzzers.sh: needs clang and libFuzzer (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DATLAS_FUZZ=ON -DATLAS_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

# A seed corpus references its files (symbolic links), one folder per target.
seed_files() {
  local name=$1
  case $name in
    shapefile)
      # Each shapefile of the fixtures (geodata's are too large to mutate quickly) as one input:
      # its .shp, .shx, .dbf, .prj and .cpg joined by the separator, a missing file left empty.
      local shp part
      for shp in "$root"/tests/data/*/*.shp "$root"/tests/data/*/*/*.shp; do
        [[ -f $shp && $(stat -c %s "$shp") -le 16384 ]] || continue
        local seed="$2/$(basename "$(dirname "$shp")")-$(basename "$shp" .shp)"
        for part in shp shx dbf prj cpg; do
          [[ $part == shp ]] || printf '@@part@@'
          [[ ! -f ${shp%.shp}.$part ]] || cat "${shp%.shp}.$part"
        done >"$seed"
      done ;;
    settings)
      for file in "$root"/tests/fuzz/seeds/settings/*.ini; do
        ln -sf "$file" "$2/$(basename "$file")"
      done ;;
    story_toml)
      for file in "$root/geodata/story.toml" "$root"/tests/data/story_files/*.toml; do
        ln -sf "$file" "$2/$(basename "$file")"
      done ;;
    time|command_line)
      local i=0
      while IFS= read -r line; do
        printf '%b' "$line" >"$2/seed-$((i++))"
      done <"$root/tests/fuzz/seeds/$name.txt" ;;
    *)
      local ext=geojson
      [[ $name == membership || $name == places || $name == sources ]] && ext=csv
      for file in "$root/geodata/$name.$ext" "$root"/tests/data/story/*/"$name.$ext"; do
        [[ -f $file ]] && ln -sf "$file" "$2/$(basename "$(dirname "$file")")-$name.$ext"
      done ;;
  esac
}

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:print_stacktrace=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# The targets' private folders (mkdtemp), left behind by a target that crashed, stay in build-fuzz/.
export TMPDIR="$build/tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"
failed=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target" seeds="$build/seeds/$target" findings="$build/findings/$target"
  mkdir -p "$corpus" "$seeds" "$findings"
  seed_files "${target#fuzz_}" "$seeds"
  dictionary=()
  [[ ! -f $root/tests/fuzz/seeds/${target#fuzz_}.dict ]] || dictionary=(-dict="$root/tests/fuzz/seeds/${target#fuzz_}.dict")
  echo "== $target for ${seconds}s"
  if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -seed="${FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=4096 "${dictionary[@]}" \
       -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "$seeds" 2>"$build/$target.log"; then
    failed=1
    echo "   FOUND a problem: see $build/$target.log and $findings/"
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE' "$build/$target.log" | sed 's/^/   /' || true
done
exit "$failed"
