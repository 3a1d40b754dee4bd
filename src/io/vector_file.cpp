// io/vector_file.cpp: sidecar checks for shapefiles and a guarded GDALOpenEx.
#include "io/vector_file.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "io/data_path.hpp"
#include "io/gdal_errors.hpp"
#include "io/input_limits.hpp"

namespace atlas::io {

namespace fs = std::filesystem;

void GdalDatasetCloser::operator()(GDALDataset* dataset) const { GDALClose(dataset); }

namespace {

core::Diagnostic error(const fs::path& path, std::string message) {
    return {core::Diagnostic::Level::Error, path.string(), std::move(message)};
}

bool companionExists(const fs::path& shp, const char* lower, const char* upper) {
    fs::path a = shp, b = shp;
    return fs::exists(a.replace_extension(lower)) || fs::exists(b.replace_extension(upper));
}

// A shapefile is three files; GDAL opens one without its .dbf silently, so check them all.
bool checkShapefileCompanions(const fs::path& path, core::Diagnostics& diagnostics) {
    struct Companion { const char* lower; const char* upper; const char* role; };
    static const Companion kCompanions[] = {{".shx", ".SHX", "its index of shapes"},
                                            {".dbf", ".DBF", "its attribute table"}};
    bool ok = true;
    for (const Companion& c : kCompanions)
        if (!companionExists(path, c.lower, c.upper)) {
            fs::path missing = path;
            missing.replace_extension(c.lower);
            diagnostics.push_back(error(path, std::string("missing companion file ") + missing.filename().string() +
                                                  " (" + c.role + "); copy it next to the .shp"));
            ok = false;
        }
    return ok;
}

// The file and its attribute table (a shapefile's .dbf) within the size limit.
bool checkFileSizes(const fs::path& path, core::Diagnostics& diagnostics) {
    const std::uintmax_t limit = std::uintmax_t(inputLimit(InputLimit::FileMegabytes)) << 20;
    std::vector<fs::path> files{path};
    if (lowerExtension(path) == ".shp") files.push_back(fs::path(path).replace_extension(".dbf"));
    for (const fs::path& file : files) {
        std::error_code ec;
        std::uintmax_t size = fs::file_size(file, ec);
        if (ec || size <= limit) continue;
        diagnostics.push_back(error(path, file.filename().string() + " is " +
                                              overLimitMessage(InputLimit::FileMegabytes,
                                                               std::to_string((size + (1 << 20) - 1) >> 20) + " MB")));
        return false;
    }
    return true;
}

} // namespace

std::string lowerExtension(const fs::path& path) {
    std::string extension = path.extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

VectorFile openVectorFile(const fs::path& path, core::Diagnostics& diagnostics, const std::vector<std::string>& openOptions) {
    initGdal();
    if (std::string why = dataFileProblem(path); !why.empty()) {
        diagnostics.push_back(error(path, why));
        return {};
    }
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        diagnostics.push_back(error(path, "file not found"));
        return {};
    }
    if (fs::file_size(path, ec) == 0) {
        diagnostics.push_back(error(path, "empty file (0 bytes)"));
        return {};
    }
    std::string extension = lowerExtension(path);
    if (extension == ".shp" && !checkShapefileCompanions(path, diagnostics)) return {};
    if (!checkFileSizes(path, diagnostics)) return {};

    std::vector<const char*> options;
    for (const std::string& option : openOptions) options.push_back(option.c_str());
    options.push_back(nullptr);
    GdalErrorCapture errors;
    VectorFile file;
    file.dataset.reset(static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowedDrivers(), options.data(), nullptr)));
    for (const std::string& url : takeRefusedUrls())
        diagnostics.push_back({core::Diagnostic::Level::Warning, path.string(),
                               "refers to " + url + ", which is not fetched: data files may not refer to URLs"});
    if (!file.dataset) {
        // GDAL says where a parse failed first ("At line 90, character 3: Unterminated object"), then that it failed.
        std::string reasons;
        for (const std::string& message : errors.take()) reasons += (reasons.empty() ? ": " : "; ") + message;
        diagnostics.push_back(error(path, "cannot be read as " + extension.substr(extension.empty() ? 0 : 1) + " data" +
                                              (reasons.empty() ? std::string(" (not a valid file of this kind)") : reasons)));
        return {};
    }
    if (file.dataset->GetLayerCount() < 1) {
        diagnostics.push_back(error(path, "holds no layer"));
        return {};
    }
    file.layer = file.dataset->GetLayer(0);
    return file;
}

} // namespace atlas::io
