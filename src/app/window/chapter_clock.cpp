// app/window/chapter_clock.cpp: visits summed per chapter; times shown in whole seconds.
#include "app/window/chapter_clock.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <numeric>
#include <sstream>

namespace atlas::app {

void ChapterClock::start(int chapters, int chapter, double now) {
    m_spent.assign(std::size_t(std::max(chapters, 0)), 0.0);
    m_chapter = chapter;
    m_started = m_entered = now;
}

void ChapterClock::enter(int chapter, double now) {
    if (chapter == m_chapter) return;
    if (m_chapter >= 0 && std::size_t(m_chapter) < m_spent.size()) m_spent[std::size_t(m_chapter)] += now - m_entered;
    m_chapter = chapter;
    m_entered = now;
}

std::vector<double> ChapterClock::spent(double now) const {
    std::vector<double> out = m_spent;
    if (m_chapter >= 0 && std::size_t(m_chapter) < out.size()) out[std::size_t(m_chapter)] += now - m_entered;
    return out;
}

std::string clockText(double seconds) {
    long whole = std::lround(std::floor(std::max(0.0, seconds)));
    char text[32];
    if (whole >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", whole / 3600, whole / 60 % 60, whole % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", whole / 60, whole % 60);
    return text;
}

std::string rehearsalReport(const core::Presentation& presentation, const std::vector<double>& spent) {
    std::ostringstream out;
    out << "Rehearsal: time on each chapter\n";
    for (std::size_t i = 0; i < presentation.chapters.size(); ++i) {
        double seconds = i < spent.size() ? spent[i] : 0;
        out << std::setw(2) << i + 1 << "  " << std::left << std::setw(20) << presentation.chapters[i].id << std::right
            << std::setw(9) << (seconds > 0 ? clockText(seconds) : "-") << "\n";
    }
    out << "    " << std::left << std::setw(20) << "in all" << std::right << std::setw(9)
        << clockText(std::accumulate(spent.begin(), spent.end(), 0.0)) << "\n";
    return out.str();
}

} // namespace atlas::app
