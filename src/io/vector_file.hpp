// io/vector_file.hpp: opens one vector data file through GDAL's allowed drivers, after checking
// the companion files a shapefile needs; failures become diagnostics naming the file.
#pragma once

#include <filesystem>
#include <memory>

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

// Opens path; on failure returns an empty VectorFile and appends an error to diagnostics.
VectorFile openVectorFile(const std::filesystem::path& path, core::Diagnostics& diagnostics);

} // namespace atlas::io
