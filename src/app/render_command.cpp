// app/render_command.cpp: loads the data, fits the camera to the members or --bbox, renders one
// frame headless and writes it as PNG.
#include "app/render_command.hpp"

#include <future>
#include <iostream>

#include "app/headless_renderer.hpp"
#include "app/map_session.hpp"
#include "export/png_file.hpp"

namespace atlas::app {

int runRender(const Options& options) {
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return loadSession(options.data.value_or(builtInDataFolder()), diagnostics); });
    auto context = std::make_unique<platform::EglContext>(); // made on this core while the other loads
    auto session = loading.get();
    printDiagnostics(diagnostics);
    if (!session) return 2;

    core::Viewport viewport{options.size->width, options.size->height, exportPixelScale(options.size->height)};
    core::Box view = options.bbox ? projectedBounds(*options.bbox, *session->projection) : memberBounds(session->data);
    if (view.empty()) {
        std::cerr << "error: --bbox: the box cannot be shown in this map's projection\n";
        return 2;
    }
    core::Camera camera = core::Camera::fit(view, viewport, options.bbox ? 0 : 24);
    HeadlessRenderer renderer(*session, std::move(context));
    std::string error = exporting::writePng(renderer.render(camera, viewport), *options.output);
    if (!error.empty()) {
        std::cerr << "error: " << error << "\n";
        return 2;
    }
    return core::hasBadInput(diagnostics) ? 2 : 0; // the frame is written all the same
}

} // namespace atlas::app
