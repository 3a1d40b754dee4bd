// tests/fuzz/fuzz_shapefile.cpp: the countries layer of a data folder, as a user's shapefile is read.
// The input is split at each "@@part@@" into, in order, countries.shp, .shx, .dbf, .prj and .cpg
// (parts past the fifth are ignored); an empty or absent part is a file left out. The files are
// written into a private temporary folder, which io::loadMapData reads as the app reads --data:
// whatever the bytes, the load ends with countries or an error, every message names a file of the
// folder, and every point of every country is finite; never a crash or a sanitizer report.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "io/map_loader.hpp"
#include "io/ogr_projection.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSeparator = "@@part@@";
constexpr const char* kParts[] = {"countries.shp", "countries.shx", "countries.dbf", "countries.prj", "countries.cpg"};

void require(bool condition) {
    if (!condition) std::abort();
}

// A folder under the system's temporary folder that only this process uses, removed at exit.
class DataFolder {
public:
    DataFolder() {
        std::string pattern = (fs::temp_directory_path() / "atlas-fuzz-shp-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
        m_folder = pattern;
    }
    ~DataFolder() {
        std::error_code ec;
        fs::remove_all(m_folder, ec);
    }
    DataFolder(const DataFolder&) = delete;
    DataFolder& operator=(const DataFolder&) = delete;

    // Replaces the countries files by the parts of the input.
    const fs::path& write(std::string_view input) const {
        for (const char* name : kParts) {
            std::string_view part = input.substr(0, input.find(kSeparator));
            input.remove_prefix(std::min(input.size(), part.size() + kSeparator.size()));
            std::error_code ec;
            fs::remove(m_folder / name, ec);
            if (part.empty()) continue;
            std::ofstream out(m_folder / name, std::ios::binary | std::ios::trunc);
            out.write(part.data(), std::streamsize(part.size()));
        }
        return m_folder;
    }

private:
    fs::path m_folder;
};

void requireFinite(const std::vector<atlas::core::Vec2>& points) {
    for (atlas::core::Vec2 p : points) require(atlas::core::isFinite(p));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const DataFolder folder;
    static const atlas::io::OgrProjection projection;
    const fs::path& path = folder.write({reinterpret_cast<const char*>(data), size});
    atlas::core::Loaded<atlas::core::MapData> loaded = atlas::io::loadMapData(path, projection);

    // A map with countries, or no map and an error saying why.
    require(loaded.value ? !loaded.value->countries.empty() : atlas::core::hasErrors(loaded.diagnostics));
    for (const atlas::core::Diagnostic& d : loaded.diagnostics) require(d.where.rfind(path.string(), 0) == 0);
    if (!loaded.value) return 0;
    for (const atlas::core::Country& country : loaded.value->countries) {
        for (const atlas::core::Polygon& polygon : country.shape.parts)
            for (const atlas::core::Ring& ring : polygon.rings) requireFinite(ring);
        for (const atlas::core::Polyline& line : country.shape.seamlessOutline) requireFinite(line);
    }
    return 0;
}
