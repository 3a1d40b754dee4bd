// app/render_command.cpp: EGL surfaceless context, offscreen target, one evaluated frame, PNG.
#include "app/render_command.hpp"

#include <iostream>

#include "app/map_session.hpp"
#include "core/evaluate.hpp"
#include "export/png_file.hpp"
#include "platform/egl_context.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"

namespace atlas::app {

namespace {

// Layout pixels grow with the frame so 1080p and 4K frames have the same layout.
double exportPixelScale(int height) { return std::max(0.5, height / 1080.0); }

} // namespace

int runRender(const Options& options) {
    core::Diagnostics diagnostics;
    auto session = loadSession(options.data.value_or(builtInDataFolder()), diagnostics);
    printDiagnostics(diagnostics);
    if (!session) return 2;

    core::Viewport viewport{options.size->width, options.size->height, exportPixelScale(options.size->height)};
    core::Box view = options.bbox ? projectedBounds(*options.bbox, *session->projection) : memberBounds(session->data);
    if (view.empty()) {
        std::cerr << "error: --bbox: the box cannot be shown in this map's projection\n";
        return 2;
    }
    core::Camera camera = core::Camera::fit(view, viewport, options.bbox ? 0 : 24);

    platform::EglContext context;
    render::MapRenderer renderer(session->data);
    render::OffscreenTarget target(viewport.width, viewport.height);
    core::EvaluateContext evaluateContext{*session->projection, renderer.font(), {}};
    core::FrameState frame = core::evaluate(session->data, camera, viewport, evaluateContext);
    target.bind();
    renderer.draw(frame);
    std::string error = exporting::writePng(target.read(), *options.output);
    if (!error.empty()) {
        std::cerr << "error: " << error << "\n";
        return 2;
    }
    return core::hasErrors(diagnostics) ? 2 : 0;
}

} // namespace atlas::app
