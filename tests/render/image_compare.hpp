// tests/render/image_compare.hpp: golden-image comparison with a tolerance per case, tight enough
// that one missing label, marker or digit fails. UPDATE_GOLDEN=1 rewrites the golden and still
// fails, so that no run that rewrote a golden passes; a failure leaves NAME.actual.png and
// NAME.diff.png in the output folder.
#pragma once

#include <string>

#include "core/frame/image.hpp"

namespace atlas::test {

struct Tolerance {
    int channel = 16;   // a pixel differs when a channel is off by more than this
    long pixels = 40;   // differing pixels allowed in the whole frame
    int perBlock = 4;   // differing pixels allowed in any 4x4 block: a missing mark is a clump
};

struct Comparison {
    bool matches = false;
    std::string report; // what differed, and where the actual and diff images are
};

Comparison compareWithGolden(const core::Image& actual, const std::string& name, Tolerance tolerance = {});

} // namespace atlas::test
