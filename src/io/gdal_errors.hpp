// io/gdal_errors.hpp: collects GDAL's CPL errors while in scope, so they become diagnostics
// instead of text on stderr. GDAL's error machinery never leaves io/.
#pragma once

#include <string>
#include <vector>

namespace atlas::io {

class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    // Messages raised since the last take(), oldest first; clears them.
    std::vector<std::string> take();

private:
    std::vector<std::string> m_messages;
};

// Registers the drivers the app reads with (those of allowedDrivers, and no other), and switches
// off GDAL's network access. Idempotent.
void initGdal();

// The URLs GDAL tried to fetch on this thread since the last call (each refused), oldest first.
std::vector<std::string> takeRefusedUrls();

// The only drivers data files may be opened with.
const char* const* allowedDrivers();

} // namespace atlas::io
