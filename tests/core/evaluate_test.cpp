// tests/core/evaluate_test.cpp: core::evaluate on a tiny map (three members, two non-members, two
// capitals) with fake text metrics and projection: label rules, fills, scale bar, stability.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/frame/evaluate.hpp"
#include "core/frame/map_styles.hpp"
#include "core/geo/simplify.hpp"
#include "core_test_helpers.hpp"

using namespace atlas::core;
using atlas::test::EquirectangularProjection;
using atlas::test::FixedWidthText;
using atlas::test::rectangle;
using atlas::test::shapeOf;

namespace {

const EquirectangularProjection kProjection;
const FixedWidthText kText;

Vec2 project(LonLat p) { return *kProjection.forward(p); }

// A country whose shape is the lon/lat rectangle given, projected.
Country country(std::string iso, std::string name, double lon0, double lat0, double lon1, double lat1) {
    Vec2 a = project({lon0, lat0});
    Vec2 b = project({lon1, lat1});
    return Country{std::move(iso), std::move(name), shapeOf(rectangle(a.x, a.y, b.x, b.y))};
}

Place capital(std::string name, std::string iso, LonLat at) {
    Place place;
    place.id = name;
    place.name = std::move(name);
    place.kind = "capital";
    place.isoA3 = std::move(iso);
    place.lonLat = at;
    place.position = project(at);
    return place;
}

// Members: KAZ and KGZ, large; TJK, far smaller than its label. Non-members: MNG, large;
// TNY, far smaller than its label.
MapData tinyMap() {
    MapData data;
    data.countries.push_back(country("KAZ", "Kazakhstan", 50, 40, 80, 55));
    data.countries.push_back(country("MNG", "Mongolia", 95, 42, 115, 52));
    data.countries.push_back(country("KGZ", "Kyrgyzstan", 82, 38, 92, 44));
    data.countries.push_back(country("TNY", "Tinyland", 60, 35, 60.5, 35.5));
    data.countries.push_back(country("TJK", "Tajikistan", 66, 36.5, 66.5, 37));
    data.places.push_back(capital("Astana", "KAZ", {71.4, 51.2}));
    data.places.push_back(capital("Bishkek", "KGZ", {87, 41}));
    Place city = capital("Almaty", "KAZ", {76.9, 43.2});
    city.kind = "city"; // not a capital: never labelled by the base map
    data.places.push_back(city);
    data.organisation = {"KAZ", "KGZ", "TJK"};
    return data;
}

FrameState evaluateAt(const MapData& data, const Camera& camera, const Viewport& viewport) {
    return evaluate(data, camera, viewport, EvaluateContext{kProjection, kText, MapStyle{}});
}

Camera fitCamera(const MapData& data, const Viewport& viewport) { return Camera::fit(data.bounds(), viewport); }

std::string upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return text;
}

const Label* findLabel(const FrameState& frame, const std::string& text) {
    for (const Label& label : frame.labels)
        if (label.text == text) return &label;
    return nullptr;
}

bool sameColor(Color a, Color b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

double screenWidth(const Country& c, const Camera& camera) { return c.shape.bounds.width() / camera.metresPerPixel(); }

// The invariants that hold for every frame: no overlaps, all on screen, dots uncovered.
void checkPlacement(const FrameState& frame) {
    const Viewport& viewport = frame.viewport;
    for (std::size_t i = 0; i < frame.labels.size(); ++i) {
        const Box& box = frame.labels[i].box;
        INFO("label ", frame.labels[i].text);
        CHECK_FALSE(box.empty());
        CHECK(box.minX >= 0);
        CHECK(box.minY >= 0);
        CHECK(box.maxX <= viewport.width);
        CHECK(box.maxY <= viewport.height);
        for (std::size_t j = i + 1; j < frame.labels.size(); ++j) {
            INFO("and label ", frame.labels[j].text);
            CHECK_FALSE(box.intersects(frame.labels[j].box));
        }
        for (const Marker& marker : frame.markers) CHECK_FALSE(box.contains(marker.screen));
    }
}

const Viewport kViewports[] = {{1280, 720, 1}, {2560, 1440, 2}, {640, 480, 1}};

} // namespace

TEST_CASE("evaluate places labels that never overlap and stay inside the viewport") {
    MapData data = tinyMap();
    for (const Viewport& viewport : kViewports) {
        Camera fitted = fitCamera(data, viewport);
        FrameState frame = evaluateAt(data, fitted, viewport);
        CHECK(frame.labels.size() >= 5);
        checkPlacement(frame);
        // Zoomed in on Kazakhstan's north: most of the map is off screen.
        Camera close(project({70, 50}), fitted.metresPerPixel() / 6);
        FrameState zoomed = evaluateAt(data, close, viewport);
        checkPlacement(zoomed);
        CHECK(findLabel(zoomed, "MONGOLIA") == nullptr);
        CHECK(findLabel(zoomed, "Mongolia") == nullptr);
    }
}

TEST_CASE("member labels are upper-case and bold, other countries keep their name and weight") {
    MapData data = tinyMap();
    Viewport viewport = kViewports[0];
    FrameState frame = evaluateAt(data, fitCamera(data, viewport), viewport);
    for (const char* member : {"Kazakhstan", "Kyrgyzstan", "Tajikistan"}) {
        INFO(member);
        CHECK(findLabel(frame, member) == nullptr);
        const Label* label = findLabel(frame, upper(member));
        REQUIRE(label != nullptr);
        CHECK(label->bold);
        CHECK(label->sizePixels == doctest::Approx(MapStyle{}.memberLabelSize));
    }
    const Label* mongolia = findLabel(frame, "Mongolia");
    REQUIRE(mongolia != nullptr);
    CHECK_FALSE(mongolia->bold);
    CHECK(findLabel(frame, "MONGOLIA") == nullptr);
    // Capitals keep their spelling and get a marker each; a city gets neither.
    CHECK(findLabel(frame, "Astana") != nullptr);
    CHECK(findLabel(frame, "Bishkek") != nullptr);
    CHECK(findLabel(frame, "Almaty") == nullptr);
    CHECK(frame.markers.size() == 2);
}

TEST_CASE("a country narrower on screen than its label is labelled only when it is a member") {
    MapData data = tinyMap();
    Viewport viewport = kViewports[0];
    Camera camera = fitCamera(data, viewport);
    FrameState frame = evaluateAt(data, camera, viewport);
    MapStyle style;
    const Country& tiny = *data.findCountry("TNY");
    const Country& tajikistan = *data.findCountry("TJK");
    REQUIRE(screenWidth(tiny, camera) < kText.width("Tinyland", style.countryLabelSize, false) / 2);
    REQUIRE(screenWidth(tajikistan, camera) < kText.width("TAJIKISTAN", style.memberLabelSize, true) / 2);
    CHECK(findLabel(frame, "Tinyland") == nullptr);
    CHECK(findLabel(frame, "TAJIKISTAN") != nullptr);
}

TEST_CASE("a member's label wins over a non-member's label in the same place") {
    MapData data = tinyMap();
    data.countries.push_back(country("XXX", "Overlap", 50, 40, 80, 55)); // same box as Kazakhstan
    Viewport viewport = kViewports[0];
    FrameState frame = evaluateAt(data, fitCamera(data, viewport), viewport);
    CHECK(findLabel(frame, "KAZAKHSTAN") != nullptr);
    CHECK(findLabel(frame, "Overlap") == nullptr);
}

TEST_CASE("a country label may not cover a capital's dot") {
    // Coverland's label would end 2 px right of Astana's dot centre, clear of Astana's own label.
    const Viewport viewport = kViewports[0];
    const double mpp = 5000;
    const Vec2 astana = project({71.4, 51.2});
    const double labelWidth = kText.width("Coverland", MapStyle{}.countryLabelSize, false);
    const Vec2 middle{astana.x - labelWidth / 2 * mpp, astana.y};
    MapData data;
    data.countries.push_back(Country{"CVL", "Coverland",
                                     shapeOf(rectangle(middle.x - 50 * mpp, middle.y - 30 * mpp,
                                                       middle.x + 50 * mpp, middle.y + 30 * mpp))});
    data.places.push_back(capital("Astana", "KAZ", {71.4, 51.2}));
    data.organisation = {"KAZ"}; // capitals of the organisation's states are shown
    FrameState frame = evaluateAt(data, Camera(astana, mpp), viewport);
    checkPlacement(frame);
    CHECK(findLabel(frame, "Astana") != nullptr);
    CHECK(frame.markers.size() == 1);
    CHECK(findLabel(frame, "Coverland") == nullptr);
    // Without the capital, the same label fits.
    data.places.clear();
    CHECK(findLabel(evaluateAt(data, Camera(astana, mpp), viewport), "Coverland") != nullptr);
}

TEST_CASE("evaluate is stable: the same inputs give the same labels and markers") {
    MapData data = tinyMap();
    for (const Viewport& viewport : kViewports) {
        Camera camera = fitCamera(data, viewport);
        FrameState first = evaluateAt(data, camera, viewport);
        FrameState second = evaluateAt(data, camera, viewport);
        REQUIRE(first.labels.size() == second.labels.size());
        for (std::size_t i = 0; i < first.labels.size(); ++i) {
            CHECK(first.labels[i].text == second.labels[i].text);
            CHECK(first.labels[i].baseline == second.labels[i].baseline);
            CHECK(first.labels[i].bold == second.labels[i].bold);
            CHECK(first.labels[i].box.minX == second.labels[i].box.minX);
            CHECK(first.labels[i].box.maxY == second.labels[i].box.maxY);
        }
        REQUIRE(first.markers.size() == second.markers.size());
        for (std::size_t i = 0; i < first.markers.size(); ++i) CHECK(first.markers[i].screen == second.markers[i].screen);
    }
}

TEST_CASE("without a story every country is in the land colour: membership is the story's to say") {
    MapData data = tinyMap();
    data.organisation = {"KAZ"};
    MapStyle style;
    style.land = Color::hex(0x123456); // not the default, so the style really is used
    Viewport viewport = kViewports[0];
    FrameState frame = evaluate(data, fitCamera(data, viewport), viewport, EvaluateContext{kProjection, kText, style});
    REQUIRE(frame.countryFills.size() == data.countries.size());
    for (std::size_t i = 0; i < data.countries.size(); ++i) {
        INFO(data.countries[i].isoA3);
        CHECK(sameColor(frame.countryFills[i], style.land));
    }
}

TEST_CASE("states that join together get fills that differ, from one list that starts again after its end") {
    MapStyle style;
    const std::size_t n = style.stateColors.size();
    REQUIRE(n >= 9); // the built-in data names nine states
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b) {
            INFO(a << " and " << b);
            CHECK_FALSE(sameColor(stateFill(a, style), stateFill(b, style)));
        }
    CHECK(sameColor(stateFill(n, style), stateFill(0, style)));
    for (std::size_t a = 0; a < n; ++a) CHECK_FALSE(sameColor(stateFill(a, style), style.land));
    style.stateColors = {};
    CHECK(sameColor(stateFill(3, style), style.land));
}

TEST_CASE("the frame has a round scale bar with its label, and the detail level of its zoom") {
    MapData data = tinyMap();
    for (const Viewport& viewport : kViewports) {
        Camera camera = fitCamera(data, viewport);
        FrameState frame = evaluateAt(data, camera, viewport);
        CHECK(frame.scaleBar.lengthPixels > 0);
        CHECK(frame.scaleBar.lengthPixels <= 140 * viewport.pixelScale);
        CHECK(frame.scaleBar.text.ends_with(" km"));
        CHECK(findLabel(frame, frame.scaleBar.text) != nullptr);
        CHECK(frame.scaleBar.origin.y < viewport.height);
        CHECK(frame.detailLevel == detailLevelFor(camera.metresPerPixel()));
        CHECK(frame.detailLevel > 0);
    }
}

TEST_CASE("the styles share one palette and differ in type: video has no text under 18 px") {
    using namespace atlas::core;
    MapStyle screen = mapStyle(StyleName::Screen), presentation = mapStyle(StyleName::Presentation),
             video = mapStyle(StyleName::Video);
    auto same = [](const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; };
    for (const MapStyle* s : {&presentation, &video}) {
        CHECK(s->stateColors.data() == screen.stateColors.data()); // a state keeps its colour in every mode
        for (auto colour : {&MapStyle::sea, &MapStyle::land, &MapStyle::request, &MapStyle::refused, &MapStyle::rebuffed,
                            &MapStyle::granted, &MapStyle::deployment, &MapStyle::affectedRegion, &MapStyle::siteFill,
                            &MapStyle::siteInk, &MapStyle::cardFill})
            CHECK(same(s->*colour, screen.*colour));
    }
    for (double size : {video.memberLabelSize, video.countryLabelSize, video.capitalLabelSize, video.scaleBarLabelSize,
                        video.dateLabelSize, video.headlineSize, video.eventLabelSize, video.eventPlaceLabelSize, video.legendLabelSize,
                        video.sourcesLabelSize, video.siteRadius * 1.25})
        CHECK(size >= 18);
    CHECK(styleNamed("video") == StyleName::Video);
    CHECK(styleNamed("screen") == StyleName::Screen);
    CHECK_FALSE(styleNamed("print"));
    CHECK(nameOf(StyleName::Presentation) == "presentation");
}
