// io/vector_file.hpp: opens one vector data file through GDAL's allowed drivers, after checking
// the companion files a shapefile needs; failures become diagnostics naming the file.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

class GDALDataset;
class OGRLayer;

namespace atlas::io {

struct GdalDatasetCloser {
    void operator()(GDALDataset* dataset) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

struct VectorFile {
    DatasetPtr dataset;
    OGRLayer* layer = nullptr; // the first layer, owned by dataset
};

// The file name's extension in lower case, with its dot: ".shp", ".csv".
std::string lowerExtension(const std::filesystem::path& path);

// Opens path, passing the driver its open options ("NATIVE_DATA=YES"); on failure (an empty file
// included) returns an empty VectorFile and appends an error to diagnostics.
VectorFile openVectorFile(const std::filesystem::path& path, core::Diagnostics& diagnostics,
                          const std::vector<std::string>& openOptions = {});

} // namespace atlas::io
