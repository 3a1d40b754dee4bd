// export/progress_line.hpp: "frame 120/600  31.2 fps  0:15 left" on one line of a terminal,
// updated in place; nothing at all when the stream is not a terminal.
#pragma once

#include <chrono>
#include <cstdio>

namespace atlas::exporting {

class ProgressLine {
public:
    // Shows progress on `stream` when it is a terminal.
    ProgressLine(std::FILE* stream, int total);

    void update(int done);
    // Ends the line, if one was drawn.
    void finish();

private:
    std::FILE* m_stream;
    bool m_enabled;
    int m_total;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point m_lastDrawn;
};

} // namespace atlas::exporting
