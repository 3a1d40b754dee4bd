// export/progress_line.cpp: at most ten redraws a second, the last frame always drawn.
#include "export/progress_line.hpp"

#include <unistd.h>

namespace atlas::exporting {

ProgressLine::ProgressLine(std::FILE* stream, int total, Mode mode)
    : m_stream(stream), m_enabled(mode == Mode::Lines || ::isatty(::fileno(stream)) == 1), m_lines(mode == Mode::Lines),
      m_total(total) {}

void ProgressLine::update(int done) {
    auto now = std::chrono::steady_clock::now();
    if (!m_enabled || (done < m_total && now - m_lastDrawn < std::chrono::milliseconds(100))) return;
    m_lastDrawn = now;
    double seconds = std::chrono::duration<double>(now - m_start).count();
    double fps = seconds > 0 ? done / seconds : 0;
    int left = fps > 0 ? int((m_total - done) / fps + 0.5) : 0;
    std::fprintf(m_stream, m_lines ? "frame %d/%d  %.1f fps  %d:%02d left\n" : "\rframe %d/%d  %.1f fps  %d:%02d left ", done,
                 m_total, fps, left / 60, left % 60);
    std::fflush(m_stream);
    m_drawn = true;
}

void ProgressLine::finish() {
    if (m_drawn && !m_lines) std::fputc('\n', m_stream);
    m_drawn = false;
}

} // namespace atlas::exporting
