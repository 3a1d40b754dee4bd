#!/usr/bin/env bash
# tests/install/install_test.sh: csto-atlas installed as a user installs it. `cmake --install` into
# a temporary prefix; the installed binary, with the source tree hidden behind an empty tmpfs in a
# private mount namespace and run from another folder, renders the member map and checks its
# built-in data, and says where it looked when its resources are gone; the menu entry's command
# opens the window (under Xvfb). Then the Debian package: its files, version and dependencies.
# Usage: install_test.sh SOURCE_DIR BUILD_DIR OUTPUT_DIR
set -euo pipefail
source_dir=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
out=$3
fail() { echo "FAIL: $*"; exit 1; }

prefix=$(mktemp -d /tmp/csto-atlas-prefix.XXXXXX)
work=$(mktemp -d /tmp/csto-atlas-work.XXXXXX)
trap 'rm -rf "$prefix" "$prefix.log" "$work"' EXIT
cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1 || { cat "$prefix.log"; fail "cmake --install"; }
rm -f "$prefix.log"
for file in bin/csto-atlas share/csto-atlas/shaders/fill.frag share/csto-atlas/assets/fonts/DejaVuSans.ttf \
            share/csto-atlas/geodata/countries.shp share/csto-atlas/geodata/story.toml \
            share/applications/csto-atlas.desktop share/icons/hicolor/scalable/apps/csto-atlas.svg \
            share/icons/hicolor/256x256/apps/csto-atlas.png share/metainfo/org.cstoatlas.CstoAtlas.metainfo.xml \
            share/man/man1/csto-atlas.1.gz share/bash-completion/completions/csto-atlas; do
  [[ -e $prefix/$file ]] || fail "not installed: $file"
done

# The installed binary with the source tree (and the build tree inside it) out of reach.
command -v unshare >/dev/null || fail "needs unshare (util-linux)"
mkdir -p "$out"
rm -f "$out/installed.png"
as_root=()
[[ $(id -u) -eq 0 ]] || as_root=(--map-root-user) # a user namespace, where Debian allows one
unshare --mount "${as_root[@]}" bash -euc '
  unset CSTO_ATLAS_RESOURCES
  mount -t tmpfs hidden "$1"
  [[ -z $(ls -A "$1") ]]
  cd "$3"
  "$2/bin/csto-atlas" --version
  "$2/bin/csto-atlas" render --size 320x180 -o map.png
  "$2/bin/csto-atlas" check >check.log
  mv "$2/share/csto-atlas" "$2/share/csto-atlas.away"
  status=0
  "$2/bin/csto-atlas" render -o none.png 2>missing.log || status=$?
  mv "$2/share/csto-atlas.away" "$2/share/csto-atlas"
  echo "exit without resources: $status"
' hide "$source_dir" "$prefix" "$work" >"$out/installed.log" 2>&1 || { cat "$out/installed.log"; fail "the installed binary"; }
# One version, CMake's: --version, the metainfo's newest release and the package say it.
version=$(sed -n 's/^project(csto-atlas VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
grep -qx "csto-atlas $version" "$out/installed.log" || { cat "$out/installed.log"; fail "--version does not print $version"; }
metainfo=$prefix/share/metainfo/org.cstoatlas.CstoAtlas.metainfo.xml
[[ $(grep -m1 -o '<release version="[^"]*"' "$metainfo") == "<release version=\"$version\"" ]] ||
  fail "the metainfo's newest release is not $version"
[[ $(head -c 8 "$work/map.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "render wrote no PNG"
grep -q "no problems" "$work/check.log" || { cat "$work/check.log"; fail "check of the installed data"; }
grep -q "exit without resources: 1" "$out/installed.log" || { cat "$out/installed.log"; fail "exit status without resources"; }
grep -q "cannot find csto-atlas's shaders, fonts and built-in data: looked in $prefix/share/csto-atlas" "$work/missing.log" ||
  { cat "$work/missing.log"; fail "the message without resources names where it looked"; }
cp "$work/map.png" "$out/installed.png"

# The menu entry is valid and its command, found on the PATH, opens the window.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/csto-atlas.desktop" || fail "the desktop entry is not valid"
fi
(
  command=$(sed -n 's/^Exec=//p' "$prefix/share/applications/csto-atlas.desktop")
  binary=$(PATH="$prefix/bin" command -v "$command") || fail "the menu entry's command '$command' is not in $prefix/bin"
  out="$out/menu-entry"
  source "$source_dir/tests/ui/x_session.sh"
  start_app
  quit_app
)
echo "the menu entry opened the window"

# The Debian package.
command -v cpack >/dev/null && command -v dpkg-deb >/dev/null || fail "needs cpack and dpkg-deb"
rm -f "$build"/csto-atlas_*.deb
(cd "$build" && cpack -G DEB) >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$build"/csto-atlas_"$version"_*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' >"$out/deb-files.txt"
for file in ./usr/bin/csto-atlas ./usr/share/csto-atlas/geodata/countries.shp ./usr/share/applications/csto-atlas.desktop \
            ./usr/share/man/man1/csto-atlas.1.gz ./usr/share/metainfo/org.cstoatlas.CstoAtlas.metainfo.xml \
            ./usr/share/doc/csto-atlas/copyright; do
  grep -qx -- "$file" "$out/deb-files.txt" || fail "$deb lacks $file"
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libsdl2 libgdal32 libepoxy0 libfreetype6 libpng16-16 fonts-dejavu-core tzdata; do
  [[ $depends == *"$package"* ]] || fail "$deb does not depend on $package: $depends"
done
[[ $(dpkg-deb -f "$deb" Recommends) == *ffmpeg* ]] || fail "$deb does not recommend ffmpeg"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "$deb is not version $version"
echo "install test passed: $deb"
