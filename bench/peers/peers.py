#!/usr/bin/python3
"""Renders the view of bench_export's episode figures (the Almaty 2022 episode's box: countries
from geodata/countries.shp in csto-atlas's projection, today's six members filled, every border,
the sea; 1920x1080) with the peers our users know, QGIS (PyQGIS) and Mapnik (python3-mapnik),
each N frames written as 32-bit PNG files, and writes one line per tool, "NAME VERSION FPS", to
the file bench_export reads. A tool that is not installed, or fails, is left out."""
# bench/peers/peers.py: the peers' frames per second for bench_export (see bench/README.md).
# Usage: bench/peers/peers.py [--frames 60] [--out FILE]   (default FILE: peers.txt here)
import argparse
import os
import pathlib
import shutil
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
COUNTRIES = HERE.parent.parent / "geodata" / "countries.shp"
PROJECTION = "+proj=aea +lat_0=50 +lon_0=90 +lat_1=40 +lat_2=62 +datum=WGS84 +units=m +no_defs"  # csto-atlas's
MEMBERS = ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")
EPISODE_BOX = (36.0, 40.0, 84.0, 58.0)  # almaty-2022 in geodata/episodes.csv: west, south, east, north
WIDTH, HEIGHT = 1920, 1080
SEA, LAND, MEMBER, BORDER = "#d6e4ee", "#f2f1ec", "#7aaede", "#808080"


def timed(frames, folder, render_one):
    start = time.monotonic()
    for i in range(frames):
        render_one(str(folder / f"frame_{i:05d}.png"))
    return frames / (time.monotonic() - start)


def mapnik_fps(frames, folder):
    import mapnik

    m = mapnik.Map(WIDTH, HEIGHT, PROJECTION)
    m.background = mapnik.Color(SEA)
    style = mapnik.Style()
    for colour, condition in ((MEMBER, " or ".join(f"[iso_a3] = '{c}'" for c in MEMBERS)), (LAND, None)):
        rule = mapnik.Rule()
        if condition:
            rule.filter = mapnik.Expression(condition)
        else:
            rule.set_else(True)
        fill = mapnik.PolygonSymbolizer()
        fill.fill = mapnik.Color(colour)
        line = mapnik.LineSymbolizer()
        line.stroke = mapnik.Color(BORDER)
        line.stroke_width = 0.8
        rule.symbols.append(fill)
        rule.symbols.append(line)
        style.rules.append(rule)
    m.append_style("countries", style)
    layer = mapnik.Layer("countries", "+proj=longlat +datum=WGS84 +no_defs")
    layer.datasource = mapnik.Shapefile(file=str(COUNTRIES))
    layer.styles.append("countries")
    m.layers.append(layer)
    transform = mapnik.ProjTransform(mapnik.Projection(layer.srs), mapnik.Projection(PROJECTION))
    m.zoom_to_box(transform.forward(mapnik.Box2d(*EPISODE_BOX), 100))
    version = mapnik.mapnik_version()
    name = f"{version // 100000}.{version // 100 % 1000}.{version % 100}"
    return name, timed(frames, folder, lambda path: mapnik.render_to_file(m, path, "png32"))


def qgis_fps(frames, folder):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,
                           QgsCoordinateTransform, QgsFillSymbol, QgsMapRendererParallelJob, QgsMapSettings,
                           QgsProject, QgsRectangle, QgsRendererCategory, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    global qgis_app  # kept to the end of the process: QGIS objects must not outlive it
    qgis_app = QgsApplication([], False)
    qgis_app.initQgis()
    layer = QgsVectorLayer(str(COUNTRIES), "countries", "ogr")
    if not layer.isValid():
        raise RuntimeError(f"QGIS cannot read {COUNTRIES}")

    def symbol(colour):
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": BORDER, "outline_width": "0.2"})

    categories = [QgsRendererCategory(code, symbol(MEMBER), code) for code in MEMBERS]
    categories.append(QgsRendererCategory(None, symbol(LAND), "other"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("iso_a3", categories))
    crs = QgsCoordinateReferenceSystem.fromProj(PROJECTION)
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(WIDTH, HEIGHT))
    settings.setBackgroundColor(QColor(SEA))
    settings.setExtent(transform.transformBoundingBox(QgsRectangle(*EPISODE_BOX)))

    def render_one(path):
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(path, "PNG")

    return Qgis.QGIS_VERSION.split("-")[0], timed(frames, folder, render_one)


def positive(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text}: at least 1 frame")
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=positive, default=60, metavar="N")
    parser.add_argument("--out", type=pathlib.Path, default=HERE / "peers.txt")
    args = parser.parse_args()
    lines = []
    for name, measure in (("qgis", qgis_fps), ("mapnik", mapnik_fps)):
        folder = pathlib.Path(tempfile.mkdtemp(prefix=f"peers_{name}_"))
        try:
            version, fps = measure(args.frames, folder)
        except ImportError as missing:
            print(f"{name}: not installed ({missing})", file=sys.stderr)
            continue
        except Exception as failure:  # one tool failing leaves the other's figure
            print(f"{name}: failed: {failure}", file=sys.stderr)
            continue
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        lines.append(f"{name} {version} {fps:.2f}")
        print(f"{name} {version}: {fps:.2f} fps ({args.frames} frames of {WIDTH}x{HEIGHT}, render + PNG)")
    args.out.write_text("".join(line + "\n" for line in lines))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
