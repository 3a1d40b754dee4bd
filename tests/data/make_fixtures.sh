#!/usr/bin/env bash
# Regenerates the bad-input shapefile fixtures under tests/data/.
#
# Each fixture is a small data folder laid out like geodata/ (so the app's
# `--data DIR` can point at it) and is named after the defect it carries.
# good_minimal/ is the clean reference folder; every other folder holds a
# countries.shp set that is broken in exactly one way. See README.md for the
# list of fixtures, what GDAL reports for each, and what the app should report.
#
# Requirements: GDAL command-line tools (ogr2ogr) and python3 (stdlib only,
# used for byte-level corruption). The script is idempotent: it deletes and
# rebuilds only the fixture folders it owns, and pins the DBF "last update"
# date so that re-running it produces byte-identical files.
#
# Usage: tests/data/make_fixtures.sh

set -euo pipefail

cd "$(dirname "$0")"

for tool in ogr2ogr python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make_fixtures.sh: $tool not found" >&2; exit 1; }
done

FIXTURES=(
    good_minimal
    missing_dbf
    missing_shx
    truncated_shp
    points_not_polygons
    no_prj
    other_crs
    invalid_geometry
    empty_geometry
    dbf_cp1251
    dbf_latin1_no_cpg
    missing_field
    not_a_shapefile
    empty_layer
    nan_coordinates
    huge_coordinates
)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

for f in "${FIXTURES[@]}"; do
    rm -rf "./$f"
done

# --- helpers ---------------------------------------------------------------

# src NAME CSVT  (CSV body on stdin): writes $TMP/NAME.csv and $TMP/NAME.csvt.
# A column named WKT holds the geometry; the .csvt fixes field types/widths.
src() {
    cat > "$TMP/$1.csv"
    printf '%s\n' "$2" > "$TMP/$1.csvt"
}

# [ENC=...] shp SRCNAME DEST.shp [ogr2ogr options...]: CSV source -> EPSG:4326
# shapefile. The DBF encoding is $ENC (default UTF-8, which also writes a .cpg);
# the CSV sources themselves are always UTF-8 and GDAL recodes on write.
shp() {
    local name="$1" dest="$2"
    shift 2
    mkdir -p "$(dirname "$dest")"
    ogr2ogr -f "ESRI Shapefile" "$dest" "$TMP/$name.csv" \
        -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:4326 \
        -nln "$(basename "$dest" .shp)" -lco "ENCODING=${ENC:-UTF-8}" "$@"
}

COUNTRY_TYPES='"String(3)","String(80)","WKT"'
POLY=(-nlt MULTIPOLYGON)   # shapefile type Polygon; accepts multipart features

KAZ='MULTIPOLYGON(((47 45,87 45,87 55,47 55,47 45)),((50 43,52 43,52 44,50 44,50 43)))'
KGZ='POLYGON((69.5 40,80 40,80 43,69.5 43,69.5 40))'
TJK='POLYGON((68 36.7,75 36.7,75 39.5,68 39.5,68 36.7))'
UZB='POLYGON((56 37,68 37,68 45,56 45,56 37))'

# --- sources ---------------------------------------------------------------

src countries "$COUNTRY_TYPES" <<CSV
iso_a3,name,WKT
KAZ,Kazakhstan,"$KAZ"
KGZ,Kyrgyzstan,"$KGZ"
TJK,Tajikistan,"$TJK"
UZB,Uzbekistan,"$UZB"
CSV

src regions '"String(3)","String(10)","String(80)","String(32)","WKT"' <<'CSV'
iso_a3,code,name,type,WKT
KGZ,KG-Y,Ysyk-Köl,Region,"POLYGON((76 41,80 41,80 43,76 43,76 41))"
KAZ,KZ-AKT,Aqtöbe,Region,"POLYGON((54 46,62 46,62 51,54 51,54 46))"
TJK,TJ-SU,Sughd,Region,"POLYGON((68.5 38.5,71 38.5,71 39.5,68.5 39.5,68.5 38.5))"
CSV

src disputed '"String(80)","String(3)","String(3)","WKT"' <<'CSV'
name,left_a3,right_a3,WKT
Test disputed segment,KGZ,TJK,"LINESTRING(70 39.75,74 39.75)"
CSV

# --- good_minimal: clean reference folder ----------------------------------

shp countries good_minimal/countries.shp "${POLY[@]}"
shp regions   good_minimal/regions.shp   -nlt POLYGON
shp disputed  good_minimal/disputed.shp  -nlt LINESTRING

good_countries() {   # good_countries DIR: copy of the clean countries set
    mkdir -p "$1"
    cp good_minimal/countries.{shp,shx,dbf,prj,cpg} "$1/"
}

# --- missing_dbf / missing_shx / no_prj: a sidecar file removed -------------

good_countries missing_dbf;  rm missing_dbf/countries.dbf
good_countries missing_shx;  rm missing_shx/countries.shx
good_countries no_prj;       rm no_prj/countries.prj

# --- truncated_shp: .shp cut in the middle of record 4 (UZB, the last) ------

good_countries truncated_shp
python3 - truncated_shp/countries.shp truncated_shp/countries.shx <<'PY'
import struct, sys
shp, shx = sys.argv[1], sys.argv[2]
with open(shx, "rb") as f:
    f.seek(100 + 8 * 3)                       # index entry of record 4 (UZB)
    off_words, len_words = struct.unpack(">ii", f.read(8))
cut = off_words * 2 + 8 + (len_words * 2) // 2  # halfway through its content
with open(shp, "r+b") as f:
    f.truncate(cut)
PY

# --- points_not_polygons: countries.shp is a Point layer --------------------

src points "$COUNTRY_TYPES" <<'CSV'
iso_a3,name,WKT
KAZ,Kazakhstan,POINT(67 48)
KGZ,Kyrgyzstan,POINT(74.5 41.5)
TJK,Tajikistan,POINT(71 38.8)
UZB,Uzbekistan,POINT(63.5 41.4)
CSV
shp points points_not_polygons/countries.shp -nlt POINT

# --- other_crs: good_minimal countries reprojected to EPSG:3857 -------------

mkdir -p other_crs
ogr2ogr -f "ESRI Shapefile" other_crs/countries.shp good_minimal/countries.shp \
    -t_srs EPSG:3857 -nln countries -lco ENCODING=UTF-8 "${POLY[@]}"

# --- invalid_geometry: TJK is a self-intersecting bow-tie -------------------

src bowtie "$COUNTRY_TYPES" <<CSV
iso_a3,name,WKT
KAZ,Kazakhstan,"$KAZ"
KGZ,Kyrgyzstan,"$KGZ"
TJK,Tajikistan,"POLYGON((68 36.7,75 39.5,75 36.7,68 39.5,68 36.7))"
UZB,Uzbekistan,"$UZB"
CSV
shp bowtie invalid_geometry/countries.shp "${POLY[@]}"

# --- empty_geometry: TJK has no geometry (null shape record) ----------------

src emptygeom "$COUNTRY_TYPES" <<CSV
iso_a3,name,WKT
KAZ,Kazakhstan,"$KAZ"
KGZ,Kyrgyzstan,"$KGZ"
TJK,Tajikistan,
UZB,Uzbekistan,"$UZB"
CSV
shp emptygeom empty_geometry/countries.shp "${POLY[@]}"

# --- dbf_cp1251: Cyrillic names in a CP1251 DBF, .cpg says CP1251 -----------

src cyrillic "$COUNTRY_TYPES" <<CSV
iso_a3,name,WKT
KAZ,Казахстан,"$KAZ"
KGZ,Кыргызстан,"$KGZ"
TJK,Таджикистан,"$TJK"
UZB,Узбекистан,"$UZB"
CSV
ENC=CP1251 shp cyrillic dbf_cp1251/countries.shp "${POLY[@]}"

# --- dbf_latin1_no_cpg: ISO-8859-1 DBFs, LDID 87 in header, no .cpg ---------

src latin1 "$COUNTRY_TYPES" <<CSV
iso_a3,name,WKT
KAZ,Kazakhstan,"$KAZ"
KGZ,Kirghizistan,"$KGZ"
TJK,Tadjikistan,"$TJK"
UZB,Ouzbékistan,"$UZB"
CSV
ENC=LDID/87 shp latin1  dbf_latin1_no_cpg/countries.shp "${POLY[@]}"
ENC=LDID/87 shp regions dbf_latin1_no_cpg/regions.shp   -nlt POLYGON
rm -f dbf_latin1_no_cpg/*.cpg

# --- missing_field: no iso_a3 column ----------------------------------------

src noiso '"String(80)","WKT"' <<CSV
name,WKT
Kazakhstan,"$KAZ"
Kyrgyzstan,"$KGZ"
Tajikistan,"$TJK"
Uzbekistan,"$UZB"
CSV
shp noiso missing_field/countries.shp "${POLY[@]}"

# --- not_a_shapefile: countries.shp is a text file (sidecars are valid) -----

good_countries not_a_shapefile
printf 'hello\n' > not_a_shapefile/countries.shp

# --- empty_layer: valid Polygon shapefile with zero features ----------------

src empty "$COUNTRY_TYPES" <<'CSV'
iso_a3,name,WKT
CSV
shp empty empty_layer/countries.shp -nlt POLYGON

# --- nan_coordinates: second vertex of UZB (record 4) has X = NaN -----------

good_countries nan_coordinates
python3 - nan_coordinates/countries.shp nan_coordinates/countries.shx <<'PY'
import struct, sys
shp, shx = sys.argv[1], sys.argv[2]
with open(shx, "rb") as f:
    f.seek(100 + 8 * 3)                       # index entry of record 4 (UZB)
    off_words, _ = struct.unpack(">ii", f.read(8))
rec = off_words * 2 + 8                       # start of record content
with open(shp, "r+b") as f:
    f.seek(rec)
    shape_type, = struct.unpack("<i", f.read(4))
    assert shape_type == 5, shape_type        # Polygon
    f.seek(rec + 36)
    nparts, npoints = struct.unpack("<ii", f.read(8))
    pts = rec + 44 + 4 * nparts
    f.seek(pts + 16 * 1)                      # X of vertex index 1
    f.write(struct.pack("<d", float("nan")))
PY

# --- huge_coordinates: TJK has coordinates of 1e300 -------------------------

src huge "$COUNTRY_TYPES" <<CSV
iso_a3,name,WKT
KAZ,Kazakhstan,"$KAZ"
KGZ,Kyrgyzstan,"$KGZ"
TJK,Tajikistan,"POLYGON((68 36.7,1e300 36.7,1e300 1e300,68 1e300,68 36.7))"
UZB,Uzbekistan,"$UZB"
CSV
shp huge huge_coordinates/countries.shp "${POLY[@]}"

# --- pin the DBF last-update date (bytes 1-3) to 2024-01-01 -----------------

python3 - "${FIXTURES[@]}" <<'PY'
import glob, os, sys
for d in sys.argv[1:]:
    for p in glob.glob(os.path.join(d, "*.dbf")):
        with open(p, "r+b") as f:
            f.seek(1)
            f.write(bytes([124, 1, 1]))
PY

echo "fixtures written to $(pwd)"
