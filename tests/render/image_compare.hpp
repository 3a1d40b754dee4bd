// tests/render/image_compare.hpp: golden-image comparison with a small tolerance; UPDATE_GOLDEN=1
// rewrites the golden; a failure leaves NAME.actual.png and NAME.diff.png in the output folder.
#pragma once

#include <string>

#include "core/image.hpp"

namespace atlas::test {

struct Comparison {
    bool matches = false;
    std::string report; // what differed, and where the actual and diff images are
};

Comparison compareWithGolden(const core::Image& actual, const std::string& name);

} // namespace atlas::test
