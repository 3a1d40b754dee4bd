// render/map_renderer.cpp: the layer order of a frame: sea, land, region borders (members'
// always, others' when zoomed in), country borders, disputed borders (these from tiles in an
// interactive frame, from the kept view in an exact one); then, never cached, the
// story: affected regions, strokes; then scale bar, markers, panels, labels. A frame without a
// map (a presentation's cards) draws only the last three, over what is there.
#include "render/map_renderer.hpp"

#include "render/map_transform.hpp"
#include "render/resources.hpp"
#include "render/stroke_layer.hpp"

namespace atlas::render {

namespace {

template <class Feature>
std::vector<const core::MultiPolygon*> shapesOf(const std::vector<Feature>& features) {
    std::vector<const core::MultiPolygon*> shapes;
    for (const Feature& f : features) shapes.push_back(&f.shape);
    return shapes;
}

LineFeature outlineOf(const core::MultiPolygon& shape) {
    LineFeature feature;
    if (!shape.seamlessOutline.empty()) {
        for (const core::Polyline& line : shape.seamlessOutline) feature.lines.push_back(&line);
    } else {
        for (const core::Polygon& part : shape.parts)
            for (const core::Ring& ring : part.rings) feature.rings.push_back(&ring);
    }
    return feature;
}

std::vector<LineFeature> countryOutlines(const core::MapData& data) {
    std::vector<LineFeature> features;
    for (const core::Country& country : data.countries) features.push_back(outlineOf(country.shape));
    return features;
}

std::vector<LineFeature> regionOutlines(const core::MapData& data, bool members) {
    std::vector<LineFeature> features;
    for (const core::Region& region : data.regions)
        if (data.organisation.contains(region.isoA3) == members) features.push_back(outlineOf(region.shape));
    return features;
}

std::vector<LineFeature> disputedLines(const core::MapData& data) {
    std::vector<LineFeature> features;
    for (const core::DisputedBorder& border : data.disputed) {
        LineFeature feature;
        for (const core::Polyline& line : border.lines) feature.lines.push_back(&line);
        features.push_back(std::move(feature));
    }
    return features;
}

std::filesystem::path fontFile(const char* name) { return resourceDir() / "assets" / "fonts" / name; }

} // namespace

MapRenderer::MapRenderer(const core::MapData& data, std::optional<int> firstDetailLevel)
    : m_origin(data.bounds().center()),
      m_countryFills(shapesOf(data.countries), m_origin),
      m_countryBorders(countryOutlines(data), m_origin),
      m_memberRegionBorders(regionOutlines(data, true), m_origin),
      m_otherRegionBorders(regionOutlines(data, false), m_origin),
      m_disputedBorders(disputedLines(data), m_origin),
      m_firstDetailLevel(startBuilding(firstDetailLevel)),
      m_font(fontFile("DejaVuSans.ttf"), fontFile("DejaVuSans-Bold.ttf")) {}

std::optional<int> MapRenderer::startBuilding(std::optional<int> level) {
    if (level) levelsReady(*level, false);
    return level;
}

bool MapRenderer::building() {
    bool layers = false;
    forEachLayer([&](auto& layer) { layers = layer.building() || layers; }); // each installs what finished
    return !m_tilesComplete || layers;
}

bool MapRenderer::prefetch(const core::FrameState& frame) { return !m_tiles.prefetch(frame, 1); }

void MapRenderer::releaseUnused() {
    m_views.releaseAllButLatest();
    m_tiles.releaseSpare();
    forEachLayer([&](auto& layer) { layer.releaseFarFrom(m_lastDetailLevel); });
}

// The GL state every layer relies on.
void MapRenderer::useFrameState(const core::FrameState& frame) const {
    useViewport(frame.viewport);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

// That state, and the sea.
void MapRenderer::prepare(const core::FrameState& frame) const {
    const core::Color& sea = frame.style.sea;
    useFrameState(frame);
    glClearColor(sea.r, sea.g, sea.b, sea.a);
    glClear(GL_COLOR_BUFFER_BIT);
}

void MapRenderer::drawBase(const core::FrameState& frame, DrawMode mode) {
    const core::MapStyle& s = frame.style;
    levelsReady(frame); // missing levels build in parallel, not one after another
    prepare(frame);
    m_countryFills.draw(frame, frame.countryFills, m_fillProgram, mode);
    m_memberRegionBorders.draw(frame, {s.regionBorder, s.regionBorderWidth}, m_lineProgram, mode);
    if (frame.showOtherRegions) m_otherRegionBorders.draw(frame, {s.regionBorder, s.regionBorderWidth}, m_lineProgram, mode);
    m_countryBorders.draw(frame, {s.countryBorder, s.countryBorderWidth}, m_lineProgram, mode);
    m_disputedBorders.draw(frame, {s.disputedBorder, s.disputedBorderWidth, s.disputedDash, s.disputedGap}, m_lineProgram,
                           mode);
}

bool MapRenderer::levelsReady(const core::FrameState& frame) { return levelsReady(frame.detailLevel, frame.showOtherRegions); }

bool MapRenderer::levelsReady(int level, bool otherRegions) {
    return m_countryFills.ready(level) & m_memberRegionBorders.ready(level) & m_countryBorders.ready(level) &
           m_disputedBorders.ready(level) & (!otherRegions || m_otherRegionBorders.ready(level));
}

bool MapRenderer::drawTile(const core::FrameState& tile) {
    bool ready = levelsReady(tile);
    drawBase(tile, ready ? DrawMode::Exact : DrawMode::Interactive);
    return ready;
}

void MapRenderer::draw(const core::FrameState& frame, DrawMode mode) {
    constexpr int kTilesRenderedPerFrame = 1;
    if (!frame.map) {
        useFrameState(frame);
    } else if (mode == DrawMode::Interactive) {
        m_views.releaseAll(); // views of cameras left behind: a moving map holds only its tiles
        useFrameState(frame);
        m_tilesComplete = m_tiles.draw(frame, m_tileProgram, kTilesRenderedPerFrame);
    } else {
        m_views.draw(frame);
        useFrameState(frame);
        m_tilesComplete = true; // an exact frame misses no tile; prefetching fills them in at rest
    }
    if (frame.map) {
        m_lastDetailLevel = frame.detailLevel;
        drawStrokes(frame, m_lineProgram);
        drawScaleBar(frame);
    }
    m_overlay.drawMarkers(frame, frame.markers, m_markerProgram);
    m_overlay.drawPanels(frame, m_panelProgram);
    m_overlay.drawLabels(frame, frame.labels, m_font, m_textProgram);
    glDisable(GL_SCISSOR_TEST);
}

void MapRenderer::drawScaleBar(const core::FrameState& frame) {
    const core::ScaleBar& bar = frame.scaleBar;
    if (bar.lengthPixels <= 0) return;
    double tick = 5 * frame.viewport.pixelScale;
    auto world = [&](double x, double y) { return frame.camera.screenToWorld({x, y}, frame.viewport); };
    core::Vec2 o = bar.origin;
    double end = o.x + bar.lengthPixels;
    std::vector<core::Polyline> lines = {{world(o.x, o.y - tick), world(o.x, o.y), world(end, o.y), world(end, o.y - tick)}};
    LineLayer::drawOnce(frame, lines, {frame.style.labelHalo.withAlpha(1), 4.0}, m_lineProgram);
    LineLayer::drawOnce(frame, lines, {frame.style.labelText, 1.5}, m_lineProgram);
}

} // namespace atlas::render
