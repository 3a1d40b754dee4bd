// app/map_session.cpp: loading and the standard views.
#include "app/map_session.hpp"

#include <iostream>

#include "core/map_style.hpp"
#include "io/map_loader.hpp"
#include "render/resources.hpp"

namespace atlas::app {

std::filesystem::path builtInDataFolder() { return render::resourceDir() / "geodata"; }

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
        if (core::isMember(country.isoA3)) box.extend(country.shape.bounds);
    return box.empty() ? data.bounds() : box;
}

core::Box projectedBounds(const GeoBox& box, const core::Projection& projection) {
    double west = box.southWest.lon;
    double east = box.northEast.lon < west ? box.northEast.lon + 360 : box.northEast.lon;
    constexpr int kSteps = 32;
    core::Box out;
    for (int i = 0; i <= kSteps; ++i)
        for (int j = 0; j <= kSteps; ++j) {
            if (i != 0 && i != kSteps && j != 0 && j != kSteps) continue; // edges only
            double lon = west + (east - west) * i / kSteps;
            double lat = box.southWest.lat + (box.northEast.lat - box.southWest.lat) * j / kSteps;
            if (auto p = projection.forward({lon > 180 ? lon - 360 : lon, lat})) out.extend(*p);
        }
    return out;
}

void printDiagnostics(const core::Diagnostics& diagnostics) {
    for (const core::Diagnostic& d : diagnostics)
        std::cerr << core::levelName(d.level) << ": " << d.text() << "\n";
}

} // namespace atlas::app
