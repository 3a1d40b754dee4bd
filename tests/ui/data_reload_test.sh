#!/usr/bin/env bash
# tests/ui/data_reload_test.sh: the window reloads a data folder's shapefiles when they change on
# disk: a truncated countries.shp opens the messages panel while the map last loaded stays on
# screen; the file restored, the map loads again and the panel closes.
# Usage: data_reload_test.sh PATH/TO/csto-atlas OUTPUT_DIR
set -euo pipefail

binary=$1
out=$2
data="$out/data"
rm -rf "$data"
mkdir -p "$out"
cp -r "$(dirname "$0")/../../geodata" "$data"
source "$(dirname "$0")/x_session.sh"

start_app --data "$data"
point 5 5
settle before
kazakhstan=$(share_of "$out/before.png" '#EEDD88')

cp "$data/countries.shp" "$out/countries.shp.good"
head -c 5000 "$out/countries.shp.good" >"$data/countries.shp"
await broken 0.01 0.6 "share of pixels changed by the messages panel" differs_from before
expect "$(share_of "$out/broken.png" '#EEDD88')" "$(awk -v k="$kazakhstan" 'BEGIN { print k * 0.5 }')" 1 \
  "share of Kazakhstan's fill while the broken file is on disk (the last map kept)"

cp "$out/countries.shp.good" "$data/countries.shp"
await restored 0 0.02 "share of pixels that differ once the file is restored" differs_from before
quit_app
echo "data reload test passed"
