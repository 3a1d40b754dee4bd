#!/usr/bin/env bash
# Regenerates the border shapefiles in this folder (countries, regions,
# disputed) from QGIS's world_map.gpkg (Natural Earth 1:10m v4.1.0, shipped by
# the Debian package qgis-common). Needs ogr2ogr (gdal-bin). DBFs are written as
# UTF-8 (.cpg), the .prj is WGS 84 (EPSG:4326). Safe to re-run: old outputs are
# removed first. Usage: geodata/make_geodata.sh   (WORLD_MAP_GPKG=... overrides)
set -euo pipefail

GPKG="${WORLD_MAP_GPKG:-/usr/share/qgis/resources/data/world_map.gpkg}"
OUT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "make_geodata.sh: $*" >&2; exit 1; }

[[ -f "$GPKG" ]] || die "$GPKG not found; install it with: apt-get install qgis-common"
command -v ogr2ogr >/dev/null || die "ogr2ogr not found; install it with: apt-get install gdal-bin"

# Countries and neighbours whose first-level regions are exported: CSTO members
# and former members, their neighbours, and the Baikonur lease (KAB, filed
# under Kazakhstan).
REGION_COUNTRIES="'RUS','BLR','ARM','KAZ','KGZ','TJK','AZE','GEO','UZB','TKM',\
'AFG','CHN','MNG','UKR','IRN','TUR','MDA','KAB'"

OGR_OPTS=(-f "ESRI Shapefile" -dialect sqlite -lco ENCODING=UTF-8 -lco RESIZE=YES)

for layer in countries regions disputed; do
  for ext in shp shx dbf prj cpg qix; do
    rm -f "$OUT_DIR/$layer.$ext"
  done
done

# countries: one row per country/territory. ISO_A3 is '-99' or empty on a few
# rows: Kosovo gets the customary XKX, the unnamed Tokelau row TKL. The source
# row with iso_a2 '-1' lumps together eleven unrelated territories (Somaliland,
# Northern Cyprus, Baikonur, ...); it is replaced by those territories taken
# from the Admin-1 layer, coded by Natural Earth's GU_A3. The Baikonur lease
# (KAB) is Kazakh territory under Natural Earth's sovereignty code, so it is
# merged into Kazakhstan rather than left as a hole in it.
ogr2ogr "${OGR_OPTS[@]}" -nlt MULTIPOLYGON -nln countries \
  "$OUT_DIR/countries.shp" "$GPKG" -sql "
  SELECT iso_a3, MIN(name) AS name, ST_Union(geom) AS geom FROM (
  SELECT CASE
           WHEN ISO_A3 IS NOT NULL AND ISO_A3 NOT IN ('', '-99') THEN ISO_A3
           WHEN NAME = 'Kosovo' THEN 'XKX'
           WHEN iso_a2 = 'TK' THEN 'TKL'
           WHEN WB_A3 IS NOT NULL AND WB_A3 NOT IN ('', '-99') THEN WB_A3
         END AS iso_a3,
         CASE WHEN NAME IS NULL AND iso_a2 = 'TK' THEN 'Tokelau' ELSE NAME END
           AS name,
         geom
    FROM countries
   WHERE COALESCE(iso_a2, '') <> '-1'
  UNION ALL
  SELECT CASE WHEN gu_a3 = 'KAB' THEN 'KAZ' ELSE gu_a3 END AS iso_a3,
         CASE WHEN gu_a3 = 'KAB' THEN 'Kazakhstan'
              WHEN adm0_a3 = 'IOA' THEN name ELSE admin END AS name,
         geom
    FROM states_provinces
   WHERE iso_a2 = '-1'
  ) GROUP BY iso_a3 ORDER BY iso_a3"

# regions: first-level subdivisions. This copy of the Admin-1 layer has no
# ISO 3166-2 code and no type column, so code and type are left empty.
ogr2ogr "${OGR_OPTS[@]}" -nlt MULTIPOLYGON -nln regions \
  "$OUT_DIR/regions.shp" "$GPKG" -sql "
  SELECT CASE WHEN adm0_a3 = 'KAB' THEN 'KAZ' ELSE adm0_a3 END AS iso_a3,
         CAST('' AS TEXT) AS code,
         COALESCE(name, '') AS name,
         CAST('' AS TEXT) AS type,
         geom
    FROM states_provinces
   WHERE adm0_a3 IN ($REGION_COUNTRIES)
   ORDER BY adm0_a3, name"

# disputed: breakaway / disputed boundary lines, as imported by QGIS.
ogr2ogr "${OGR_OPTS[@]}" -nlt MULTILINESTRING -nln disputed \
  "$OUT_DIR/disputed.shp" "$GPKG" -sql "
  SELECT name, adm0_a3_l AS left_a3, adm0_a3_r AS right_a3, geom
    FROM disputed_borders"

# Every country needs a unique, non-empty code.
bad="$(ogr2ogr -f CSV /vsistdout/ "$OUT_DIR/countries.shp" -dialect sqlite -sql "
  SELECT iso_a3, COUNT(*) AS n, GROUP_CONCAT(name, '; ') AS names
    FROM countries GROUP BY iso_a3
  HAVING n > 1 OR iso_a3 IS NULL OR iso_a3 = ''" | tail -n +2)"
[[ -z "$bad" ]] || die "countries.shp: empty or duplicate iso_a3 codes:
$bad"

for layer in countries regions disputed; do
  [[ -f "$OUT_DIR/$layer.cpg" && -f "$OUT_DIR/$layer.prj" ]] \
    || die "$layer: .cpg or .prj was not written"
done

echo "Wrote countries.shp, regions.shp, disputed.shp in $OUT_DIR"
