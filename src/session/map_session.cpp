// session/map_session.cpp: loading and the standard views.
#include "session/map_session.hpp"

#include <iostream>

#include "core/frame/map_style.hpp"
#include "io/map_loader.hpp"
#include "render/resources.hpp"

namespace atlas::session {

std::filesystem::path builtInDataFolder() { return render::resourceDir() / "geodata"; }

std::filesystem::path dataFolder(const std::optional<std::filesystem::path>& chosen) {
    return chosen ? *chosen : builtInDataFolder();
}

std::unique_ptr<MapSession> loadSession(const std::filesystem::path& folder, core::Diagnostics& diagnostics) {
    auto session = std::make_unique<MapSession>();
    session->projection = std::make_unique<io::OgrProjection>();
    core::Loaded<core::MapData> loaded = io::loadMapData(folder, *session->projection);
    diagnostics.insert(diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    if (!loaded.value) return nullptr;
    session->data = std::move(*loaded.value);
    session->diagnostics = loaded.diagnostics;
    return session;
}

core::Box memberBounds(const core::MapData& data) {
    core::Box box;
    for (const core::Country& country : data.countries)
        if (data.organisation.contains(country.isoA3)) box.extend(country.shape.bounds);
    return box.empty() ? data.bounds() : box;
}

void printDiagnostics(const core::Diagnostics& diagnostics) {
    for (const core::Diagnostic& d : diagnostics)
        std::cerr << core::levelName(d.level) << ": " << d.text() << "\n";
}

} // namespace atlas::session
