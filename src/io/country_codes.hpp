// io/country_codes.hpp: the ISO 3166-1 alpha-3 codes in a countries shapefile (its iso_a3
// attribute), read without the shapes: the states a story file may name.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "core/diagnostic.hpp"

namespace atlas::io {

// Empty, with an error, when the file cannot be read or has no iso_a3 field.
std::set<std::string> loadCountryCodes(const std::filesystem::path& shp, core::Diagnostics& diagnostics);

} // namespace atlas::io
