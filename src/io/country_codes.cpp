// io/country_codes.cpp: one pass over the attribute table of countries.shp, geometry ignored.
#include "io/country_codes.hpp"

#include <ogrsf_frmts.h>

#include "io/input_limits.hpp"
#include "io/vector_file.hpp"

namespace atlas::io {

std::set<std::string> loadCountryCodes(const std::filesystem::path& shp, core::Diagnostics& diagnostics) {
    std::set<std::string> codes;
    VectorFile file = openVectorFile(shp, diagnostics);
    if (!file.layer) return codes;
    int index = file.layer->GetLayerDefn()->GetFieldIndex("iso_a3");
    if (index < 0) {
        diagnostics.push_back({core::Diagnostic::Level::Error, shp.string(), "has no field 'iso_a3'"});
        return codes;
    }
    const char* ignored[] = {"OGR_GEOMETRY", nullptr};
    file.layer->SetIgnoredFields(ignored);
    file.layer->ResetReading();
    std::int64_t count = 0;
    for (std::unique_ptr<OGRFeature> f(file.layer->GetNextFeature()); f && !featureLimitReached(count, shp, diagnostics);
         f.reset(file.layer->GetNextFeature()), ++count)
        if (f->IsFieldSetAndNotNull(index)) codes.insert(f->GetFieldAsString(index));
    return codes;
}

} // namespace atlas::io
