// export/progress_line.hpp: "frame 120/600  31.2 fps  0:15 left" on one line of a terminal,
// updated in place; nothing at all when the stream is not a terminal, unless asked for lines
// (one per update, for a program that reads them: the window's export dialog).
#pragma once

#include <chrono>
#include <cstdio>

namespace atlas::exporting {

class ProgressLine {
public:
    enum class Mode { Terminal, Lines };
    // Terminal: shows progress on `stream` when it is a terminal. Lines: always, a line each.
    ProgressLine(std::FILE* stream, int total, Mode mode = Mode::Terminal);

    void update(int done);
    // Ends the line, if one was drawn.
    void finish();

private:
    std::FILE* m_stream;
    bool m_enabled;
    bool m_lines;
    int m_total;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point m_lastDrawn;
};

} // namespace atlas::exporting
