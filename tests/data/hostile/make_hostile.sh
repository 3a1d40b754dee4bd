#!/usr/bin/env bash
# Regenerates the hostile-input fixtures under tests/data/hostile/: small files, each built to hit
# one defence of the loaders (tests/io/hostile_input_test.cpp). Cases that need large files (one
# over the size limit) or links (leaving the folder) are made by the test itself in its output
# folder, so nothing big or pointing outside the tree is committed. Needs ogr2ogr and python3;
# the output is byte-identical on every run.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf crs_link long_field many_features many_vertices
mkdir -p crs_link long_field many_features many_vertices

# A GeoJSON whose coordinate system is a link: GDAL would fetch the URL while opening the file.
cat >crs_link/events.geojson <<'JSON'
{"type": "FeatureCollection",
 "crs": {"type": "link", "properties": {"href": "http://127.0.0.1:9/crs.wkt", "type": "ogcwkt"}},
 "features": [{"type": "Feature", "properties": {"id": "linked"}, "geometry": {"type": "Point", "coordinates": [77, 43]}}]}
JSON

# A source whose title is 70,000 bytes, over the default field limit of 65,536.
python3 - <<'PY'
with open("long_field/sources.csv", "w") as out:
    out.write("id,title,publisher,author,date,kind,note\n")
    out.write("long-title," + "A" * 70000 + ",Meduza,,2022-01-07,news,\n")
    out.write("meduza-2022,Technically legal,Meduza,Dmitry Kuznets,2022-01-07,news,\n")
PY

# Twelve places: over a feature limit of 10 (the test sets CSTO_ATLAS_MAX_FEATURES=10).
python3 - <<'PY'
with open("many_features/places.csv", "w") as out:
    out.write("id,name,kind,country,lon,lat,tz,names,coord_source\n")
    for i in range(12):
        out.write(f"place-{i},Place {i},city,KAZ,{70 + i / 2},{45 + i / 4},Asia/Almaty,,made up\n")
PY

# One country of 200 vertices: over a vertex limit of 100 (the test sets CSTO_ATLAS_MAX_VERTICES=100).
python3 - <<'PY'
import math
ring = [(70 + 5 * math.cos(2 * math.pi * k / 199), 45 + 3 * math.sin(2 * math.pi * k / 199)) for k in range(199)]
ring.append(ring[0])
wkt = "POLYGON((" + ",".join(f"{x:.6f} {y:.6f}" for x, y in ring) + "))"
with open("many_vertices/countries.csv", "w") as out:
    out.write('iso_a3,name,WKT\nKAZ,Kazakhstan,"' + wkt + '"\n')
PY
ogr2ogr -q -f "ESRI Shapefile" -a_srs EPSG:4326 -lco ENCODING=UTF-8 -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -nlt POLYGON many_vertices/countries.shp many_vertices/countries.csv
rm many_vertices/countries.csv
# The DBF header carries the date it was written: pin it so reruns are byte-identical.
python3 -c "
import sys
with open('many_vertices/countries.dbf', 'r+b') as f:
    f.seek(1); f.write(bytes([124, 1, 1]))"
