// bench/bench_support.hpp: what every benchmark program prints with: durations in milliseconds,
// nearest-rank percentiles, and PASS/MISS against a target.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace atlas::bench {

inline double millis(std::chrono::steady_clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

inline const char* verdict(bool pass) { return pass ? "PASS" : "MISS"; }

// The nearest-rank p-th percentile; 0 for no values.
inline double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    std::size_t rank = std::size_t(std::max(1.0, std::ceil(p / 100 * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

} // namespace atlas::bench
