// bench/bench_layers.cpp: where the time and memory of bench_map go, layer by layer, with the
// built-in data at 1920x1080 on the headless (surfaceless EGL) path. It prints:
//   1. start-up steps: projection, each shapefile read, EGL context, shaders, font, layers, target
//      (time and VmRSS after each);
//   2. per detail level: fill triangles and line segments of each layer, their vertex bytes, and
//      the CPU time to simplify and tessellate them (what a first use of the level costs the CPU);
//   3. per view (coarse to fine, so each view's first pass builds its level) and per layer: the
//      first draw (mesh build + draw + glFinish), the steady draw (median), the steady draw with
//      GL_RASTERIZER_DISCARD (vertex work only), and the fills with blending off.
// The layers are the public render:: classes composed in the order of render::MapRenderer::draw
// (replicated here so glFinish can go between them); keep the two in step.
// Usage: bench_layers [--repeat N]   (N steady passes per view, default 15)
#include <epoxy/gl.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "core/frame/evaluate.hpp"
#include "core/frame/map_style.hpp"
#include "core/geo/simplify.hpp"
#include "io/feature_reader.hpp"
#include "io/ogr_projection.hpp"
#include "platform/egl_context.hpp"
#include "render/fill_layer.hpp"
#include "render/font.hpp"
#include "render/line_layer.hpp"
#include "render/offscreen_target.hpp"
#include "render/overlay_layer.hpp"
#include "render/resources.hpp"
#include "render/shader_program.hpp"
#include "render/tessellator.hpp"
#include "session/map_session.hpp"

using namespace atlas;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

using bench::millis;

double rssMb() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        double kb = 0;
        if (key == "VmRSS:" && status >> kb) return kb * 1024 / 1e6;
        std::string rest;
        std::getline(status, rest);
    }
    return 0;
}

// Bytes malloc has handed out and not had back, in MB.
double heapMb() {
    struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1e6;
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Times one start-up step and prints it with the resident memory after it.
class StepClock {
public:
    template <typename F>
    auto operator()(const char* name, F&& step) {
        Clock::time_point t0 = Clock::now();
        if constexpr (std::is_void_v<decltype(step())>) {
            step();
            print(name, t0);
        } else {
            auto result = step();
            print(name, t0);
            return result;
        }
    }

private:
    static void print(const char* name, Clock::time_point t0) {
        std::printf("  %-34s %8.1f ms   VmRSS %6.1f MB   malloc in use %6.1f MB\n", name, millis(Clock::now() - t0),
                    rssMb(), heapMb());
    }
};

// The feature lists of render::MapRenderer (map_renderer.cpp), rebuilt with the same rules.
render::LineFeature outlineOf(const core::MultiPolygon& shape) {
    render::LineFeature feature;
    if (!shape.seamlessOutline.empty()) {
        for (const core::Polyline& line : shape.seamlessOutline) feature.lines.push_back(&line);
    } else {
        for (const core::Polygon& part : shape.parts)
            for (const core::Ring& ring : part.rings) feature.rings.push_back(&ring);
    }
    return feature;
}

std::vector<const core::MultiPolygon*> shapesOf(const core::MapData& data) {
    std::vector<const core::MultiPolygon*> shapes;
    for (const core::Country& c : data.countries) shapes.push_back(&c.shape);
    return shapes;
}

std::vector<render::LineFeature> countryOutlines(const core::MapData& data) {
    std::vector<render::LineFeature> features;
    for (const core::Country& country : data.countries) features.push_back(outlineOf(country.shape));
    return features;
}

std::vector<render::LineFeature> regionOutlines(const core::MapData& data, bool members) {
    std::vector<render::LineFeature> features;
    for (const core::Region& region : data.regions)
        if (data.organisation.contains(region.isoA3) == members) features.push_back(outlineOf(region.shape));
    return features;
}

std::vector<render::LineFeature> disputedLines(const core::MapData& data) {
    std::vector<render::LineFeature> features;
    for (const core::DisputedBorder& border : data.disputed) {
        render::LineFeature feature;
        for (const core::Polyline& line : border.lines) feature.lines.push_back(&line);
        features.push_back(std::move(feature));
    }
    return features;
}

// Segments of a line layer at a tolerance, as line_layer.cpp builds them.
std::size_t segmentsAt(const std::vector<render::LineFeature>& features, double tolerance) {
    std::size_t segments = 0;
    for (const render::LineFeature& feature : features) {
        for (const core::Ring* ring : feature.rings) {
            core::Ring simplified = core::simplifyRing(*ring, tolerance);
            if (!simplified.empty()) segments += simplified.size(); // closed: one more point, n segments
        }
        for (const core::Polyline* line : feature.lines) {
            std::size_t n = core::simplifyLine(*line, tolerance).size();
            segments += n > 0 ? n - 1 : 0;
        }
    }
    return segments;
}

struct Programs {
    render::ShaderProgram fill{"fill"};
    render::ShaderProgram line{"line"};
    render::ShaderProgram text{"text"};
    render::ShaderProgram marker{"marker"};
};

struct Views {
    const char* name;
    core::Camera camera;
};

} // namespace

int main(int argc, char** argv) {
    int repeat = 15;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else {
            std::cerr << "usage: bench_layers [--repeat N]\n";
            return 2;
        }
    }
    try {
        // 1. Start-up, step by step. The shapefiles are read once on their own (cold: GDAL's
        // driver set-up lands on the first) and then again by loadSession (warm).
        std::printf("start-up steps (time, VmRSS after; VmRSS at main: %.1f MB):\n", rssMb());
        StepClock step;
        const std::filesystem::path folder = session::builtInDataFolder();
        auto projection = step("PROJ projection", [] { return std::make_unique<io::OgrProjection>(); });
        core::Diagnostics ignored;
        auto readLayer = [&](const char* file, io::ShapeKind kind, std::vector<std::string> fields) {
            long features = 0;
            io::readFeatures({folder / file, kind, std::move(fields)}, *projection, [&](io::FeatureRecord&&) { ++features; },
                             ignored);
        };
        step("read countries.shp (cold)", [&] { readLayer("countries.shp", io::ShapeKind::Polygons, {"iso_a3", "name"}); });
        step("read regions.shp", [&] { readLayer("regions.shp", io::ShapeKind::Polygons, {"name", "iso_a3", "code"}); });
        step("read disputed.shp", [&] { readLayer("disputed.shp", io::ShapeKind::Lines, {"name"}); });
        core::Diagnostics diagnostics;
        auto session = step("session::loadSession (all again, warm)", [&] { return session::loadSession(folder, diagnostics); });
        if (!session) {
            session::printDiagnostics(diagnostics);
            return 2;
        }
        const core::MapData& data = session->data;
        auto context = step("EGL context", [] { return std::make_unique<platform::EglContext>(); });
        auto programs = step("4 shader programs", [] { return std::make_unique<Programs>(); });
        const render::ShaderProgram& fillProgram = programs->fill;
        const render::ShaderProgram& lineProgram = programs->line;
        const render::ShaderProgram& textProgram = programs->text;
        const render::ShaderProgram& markerProgram = programs->marker;
        const std::filesystem::path fonts = render::resourceDir() / "assets" / "fonts";
        auto font = step("font (FreeType, atlas)", [&] {
            return std::make_unique<render::Font>(fonts / "DejaVuSans.ttf", fonts / "DejaVuSans-Bold.ttf");
        });
        const core::Vec2 origin = data.bounds().center();
        std::vector<render::LineFeature> countryLines = countryOutlines(data), memberRegionLines = regionOutlines(data, true),
                                         otherRegionLines = regionOutlines(data, false), disputed = disputedLines(data);
        render::FillLayer fills(shapesOf(data), origin);
        render::LineLayer countryBorders(countryLines, origin), memberRegionBorders(memberRegionLines, origin),
            otherRegionBorders(otherRegionLines, origin), disputedBorders(disputed, origin);
        render::OverlayLayer overlay;
        auto target = step("offscreen target 1920x1080", [] { return std::make_unique<render::OffscreenTarget>(kWidth, kHeight); });
        std::string loadavg;
        std::getline(std::ifstream("/proc/loadavg"), loadavg);
        std::printf("  GL renderer: %s, LP_NUM_THREADS=%s, load average: %s\n", context->renderer().c_str(),
                    std::getenv("LP_NUM_THREADS") ? std::getenv("LP_NUM_THREADS") : "(unset)", loadavg.c_str());

        // 2. Geometry per detail level (CPU only, as fill_layer.cpp / line_layer.cpp build it).
        std::size_t rawPoints = 0;
        for (const core::Country& c : data.countries)
            for (const core::Polygon& p : c.shape.parts)
                for (const core::Ring& r : p.rings) rawPoints += r.size();
        std::size_t regionPoints = 0;
        for (const core::Region& r : data.regions)
            for (const core::Polygon& p : r.shape.parts)
                for (const core::Ring& ring : p.rings) regionPoints += ring.size();
        std::printf("\ndata: %zu countries (%zu points), %zu regions (%zu points), %zu disputed borders\n",
                    data.countries.size(), rawPoints, data.regions.size(), regionPoints, data.disputed.size());
        std::printf("geometry per detail level (fill = triangles, lines = segments; MB = vertex floats; ms = CPU build):\n");
        std::printf("  %-5s %-9s %10s %8s %8s %8s %11s %11s %11s %9s %8s\n", "level", "tolerance", "fill tris", "fill MB",
                    "simpl ms", "tess ms", "country seg", "member seg", "other seg", "lines MB", "line ms");
        double allMb = 0;
        for (std::size_t level = 0; level < core::kDetailTolerances.size(); ++level) {
            double tolerance = core::kDetailTolerances[level];
            double simplifyMs = 0, tessellateMs = 0;
            std::size_t triangles = 0;
            std::vector<core::Vec2> out;
            for (const core::Country& c : data.countries) {
                Clock::time_point t0 = Clock::now();
                core::MultiPolygon simplified = core::simplifyShape(c.shape, tolerance);
                Clock::time_point t1 = Clock::now();
                out.clear();
                for (const core::Polygon& part : simplified.parts) render::tessellate(part, out);
                tessellateMs += millis(Clock::now() - t1);
                simplifyMs += millis(t1 - t0);
                triangles += out.size() / 3;
            }
            Clock::time_point t0 = Clock::now();
            std::size_t country = segmentsAt(countryLines, tolerance), member = segmentsAt(memberRegionLines, tolerance),
                        other = segmentsAt(otherRegionLines, tolerance), dis = segmentsAt(disputed, tolerance);
            double lineMs = millis(Clock::now() - t0);
            double fillMb = triangles * 3 * 3 * 4 / 1e6, lineMb = (country + member + other + dis) * 5 * 4 / 1e6;
            allMb += fillMb + lineMb;
            std::printf("  %-5zu %-9.0f %10zu %8.1f %8.1f %8.1f %11zu %11zu %11zu %9.1f %8.1f\n", level, tolerance, triangles,
                        fillMb, simplifyMs, tessellateMs, country, member, other, lineMb, lineMs);
        }
        std::printf("  vertex data of all levels: %.1f MB (Mesa's llvmpipe keeps each buffer in system memory)\n", allMb);

        // 3. Per view and per layer.
        const core::Viewport viewport{kWidth, kHeight, 1.0};
        const core::Camera member = core::Camera::fit(session::memberBounds(data), viewport, 24);
        auto at = [&](core::LonLat lonLat, double mpp) {
            auto p = session->projection->forward(lonLat);
            return core::Camera(p ? *p : member.center(), mpp);
        };
        const core::LonLat bishkek{74.5698, 42.8746}, yerevan{44.5126, 40.1811};
        const std::vector<Views> views = {
            {"member view", member},
            {"wide 20000", core::Camera(member.center(), 20000)},
            {"C.Asia 2000", at(bishkek, 2000)},
            {"Bishkek 500", at(bishkek, 500)},
            {"Bishkek 100", at(bishkek, 100)},
            {"Yerevan 100", at(yerevan, 100)},
        };
        core::EvaluateContext evaluateContext{*session->projection, *font, {}};

        using Layer = std::pair<const char*, std::function<void(const core::FrameState&)>>;
        const std::vector<Layer> layers = {
            {"clear", [](const core::FrameState& f) {
                 const core::MapStyle& s = f.style;
                 glViewport(0, 0, f.viewport.width, f.viewport.height);
                 glDisable(GL_DEPTH_TEST);
                 glDisable(GL_CULL_FACE);
                 glDisable(GL_SCISSOR_TEST);
                 glEnable(GL_BLEND);
                 glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
                 glClearColor(s.sea.r, s.sea.g, s.sea.b, s.sea.a);
                 glClear(GL_COLOR_BUFFER_BIT);
             }},
            {"fills", [&](const core::FrameState& f) { fills.draw(f, f.countryFills, fillProgram, render::DrawMode::Exact); }},
            {"member region borders", [&](const core::FrameState& f) {
                 memberRegionBorders.draw(f, {f.style.regionBorder, f.style.regionBorderWidth}, lineProgram, render::DrawMode::Exact);
             }},
            {"other region borders", [&](const core::FrameState& f) {
                 if (f.showOtherRegions) otherRegionBorders.draw(f, {f.style.regionBorder, f.style.regionBorderWidth}, lineProgram, render::DrawMode::Exact);
             }},
            {"country borders", [&](const core::FrameState& f) {
                 countryBorders.draw(f, {f.style.countryBorder, f.style.countryBorderWidth}, lineProgram, render::DrawMode::Exact);
             }},
            {"disputed borders", [&](const core::FrameState& f) {
                 const core::MapStyle& s = f.style;
                 disputedBorders.draw(f, {s.disputedBorder, s.disputedBorderWidth, s.disputedDash, s.disputedGap}, lineProgram, render::DrawMode::Exact);
             }},
            {"scale bar", [&](const core::FrameState& f) {
                 const core::ScaleBar& bar = f.scaleBar;
                 if (bar.lengthPixels <= 0) return;
                 double tick = 5 * f.viewport.pixelScale;
                 auto world = [&](double x, double y) { return f.camera.screenToWorld({x, y}, f.viewport); };
                 core::Vec2 o = bar.origin;
                 double end = o.x + bar.lengthPixels;
                 std::vector<core::Polyline> lines = {{world(o.x, o.y - tick), world(o.x, o.y), world(end, o.y), world(end, o.y - tick)}};
                 render::LineLayer::drawOnce(f, lines, {f.style.labelHalo.withAlpha(1), 4.0}, lineProgram);
                 render::LineLayer::drawOnce(f, lines, {f.style.labelText, 1.5}, lineProgram);
             }},
            {"markers", [&](const core::FrameState& f) { overlay.drawMarkers(f, f.markers, markerProgram); }},
            {"labels", [&](const core::FrameState& f) { overlay.drawLabels(f, f.labels, *font, textProgram); }},
        };
        // One pass: each layer drawn then glFinish()ed; returns ms per layer.
        auto pass = [&](const core::FrameState& frame) {
            std::vector<double> ms;
            target->bind();
            for (const Layer& layer : layers) {
                Clock::time_point t0 = Clock::now();
                layer.second(frame);
                glFinish();
                ms.push_back(millis(Clock::now() - t0));
            }
            return ms;
        };

        const std::size_t n = layers.size();
        std::vector<std::vector<double>> first(views.size()), steady(views.size()), discard(views.size());
        std::vector<double> noBlendFills(views.size()), evaluateMs(views.size()), rssAfter(views.size());
        std::vector<double> heapAfter(views.size()), coarserFillsMs(views.size()), coarserBordersMs(views.size()), quadMs(views.size());
        // A rectangle far larger than any view: a full-screen quad once clipped.
        core::MultiPolygon everywhere;
        everywhere.parts.push_back({{{{-1e8, -1e8}, {1e8, -1e8}, {1e8, 1e8}, {-1e8, 1e8}}}});
        everywhere.bounds.extend(core::Vec2{-1e8, -1e8});
        everywhere.bounds.extend(core::Vec2{1e8, 1e8});
        render::FillLayer screenQuad({&everywhere}, origin);
        for (std::size_t v = 0; v < views.size(); ++v) {
            std::vector<double> evals;
            core::FrameState frame;
            for (int r = 0; r < 5; ++r) {
                Clock::time_point t0 = Clock::now();
                frame = core::evaluate(data, views[v].camera, viewport, evaluateContext);
                evals.push_back(millis(Clock::now() - t0));
            }
            evaluateMs[v] = median(evals);
            first[v] = pass(frame);
            rssAfter[v] = rssMb();
            heapAfter[v] = heapMb();
            std::vector<std::vector<double>> runs(n), discardRuns(n);
            std::vector<double> noBlend;
            for (int r = 0; r < repeat; ++r) {
                std::vector<double> ms = pass(frame);
                for (std::size_t i = 0; i < n; ++i) runs[i].push_back(ms[i]);
                glEnable(GL_RASTERIZER_DISCARD);
                ms = pass(frame);
                glDisable(GL_RASTERIZER_DISCARD);
                for (std::size_t i = 0; i < n; ++i) discardRuns[i].push_back(ms[i]);
                layers[0].second(frame); // clear, blending set up as MapRenderer does
                glDisable(GL_BLEND);
                Clock::time_point t0 = Clock::now();
                layers[1].second(frame);
                glFinish();
                noBlend.push_back(millis(Clock::now() - t0));
                glEnable(GL_BLEND);
            }
            for (std::size_t i = 0; i < n; ++i) {
                steady[v].push_back(median(runs[i]));
                discard[v].push_back(median(discardRuns[i]));
            }
            noBlendFills[v] = median(noBlend);

            // What-ifs: one detail level coarser than detailLevelFor picks (built outside the
            // timing), and the fill cost of a single screen-covering quad in the fill shader.
            core::FrameState coarser = frame;
            coarser.detailLevel = std::min<int>(frame.detailLevel + 1, int(core::kDetailTolerances.size()) - 1);
            std::vector<double> coarseFills, coarseBorders, quad;
            pass(coarser);
            for (int r = 0; r < repeat; ++r) {
                layers[0].second(coarser);
                Clock::time_point t0 = Clock::now();
                layers[1].second(coarser);
                glFinish();
                Clock::time_point t1 = Clock::now();
                layers[4].second(coarser);
                glFinish();
                coarseFills.push_back(millis(t1 - t0));
                coarseBorders.push_back(millis(Clock::now() - t1));
                layers[0].second(frame);
                t0 = Clock::now();
                screenQuad.draw(frame, {frame.style.land}, fillProgram, render::DrawMode::Exact);
                glFinish();
                quad.push_back(millis(Clock::now() - t0));
            }
            coarserFillsMs[v] = median(coarseFills);
            coarserBordersMs[v] = median(coarseBorders);
            quadMs[v] = median(quad);
        }

        auto table = [&](const char* title, const std::vector<std::vector<double>>& cells) {
            std::printf("\n%s\n  %-22s", title, "");
            for (const Views& view : views) std::printf(" %12s", view.name);
            std::printf("\n");
            for (std::size_t i = 0; i < n; ++i) {
                std::printf("  %-22s", layers[i].first);
                for (std::size_t v = 0; v < views.size(); ++v) std::printf(" %12.2f", cells[v][i]);
                std::printf("\n");
            }
            std::printf("  %-22s", "total");
            for (std::size_t v = 0; v < views.size(); ++v) {
                double sum = 0;
                for (double ms : cells[v]) sum += ms;
                std::printf(" %12.2f", sum);
            }
            std::printf("\n");
        };
        std::printf("\nviews:");
        for (const Views& view : views)
            std::printf("  %s = %.0f m/px, level %d;", view.name, view.camera.metresPerPixel(),
                        core::detailLevelFor(view.camera.metresPerPixel()));
        std::printf("\n");
        table("first draw, ms (builds the view's detail level on first use; first view also JIT-compiles shaders):", first);
        table("steady draw + glFinish, ms (median):", steady);
        table("steady with GL_RASTERIZER_DISCARD, ms (vertex work and CPU only):", discard);
        std::printf("\n  %-22s", "fills, blending off");
        for (double ms : noBlendFills) std::printf(" %12.2f", ms);
        std::printf("\n  %-22s", "fills, level+1");
        for (double ms : coarserFillsMs) std::printf(" %12.2f", ms);
        std::printf("\n  %-22s", "country borders, lvl+1");
        for (double ms : coarserBordersMs) std::printf(" %12.2f", ms);
        std::printf("\n  %-22s", "full-screen quad fill");
        for (double ms : quadMs) std::printf(" %12.2f", ms);
        std::printf("\n  %-22s", "evaluate (median)");
        for (double ms : evaluateMs) std::printf(" %12.2f", ms);
        std::printf("\n  %-22s", "VmRSS after first, MB");
        for (double mb : rssAfter) std::printf(" %12.1f", mb);
        std::printf("\n  %-22s", "malloc in use, MB");
        for (double mb : heapAfter) std::printf(" %12.1f", mb);
        std::printf("\n");
    } catch (const std::exception& e) {
        std::cerr << "bench_layers: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
