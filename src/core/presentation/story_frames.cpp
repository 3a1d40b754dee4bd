// core/presentation/story_frames.cpp: each chapter runs to its still end (its last frame included); the
// subtitles follow ChapterTiming's title and caption.
#include "core/presentation/story_frames.hpp"

#include <cmath>

namespace atlas::core {

StoryFrames::StoryFrames(const PresentationPlan& plan, int first, int last, int fps) : m_plan(plan), m_fps(fps) {
    for (int chapter = first; chapter <= last; ++chapter) {
        double seconds = plan.timing({chapter, 0, std::nullopt, std::nullopt}).length();
        int frames = int(std::floor(seconds * fps)) + 1;
        m_parts.push_back({chapter, m_count, frames, seconds});
        m_count += frames;
    }
}

PresentationPosition StoryFrames::position(int frame) const {
    for (const Part& part : m_parts)
        if (frame < part.firstFrame + part.frames)
            return {part.chapter, double(frame - part.firstFrame) / m_fps, std::nullopt, std::nullopt};
    const Part& end = m_parts.back();
    return {end.chapter, end.seconds, std::nullopt, std::nullopt};
}

std::vector<Subtitle> StoryFrames::subtitles() const {
    std::vector<Subtitle> out;
    for (const Part& part : m_parts) {
        const Chapter& chapter = m_plan.chapter(part.chapter);
        ChapterTiming timing = m_plan.timing({part.chapter, 0, std::nullopt, std::nullopt});
        double start = double(part.firstFrame) / m_fps;
        double end = start + double(part.frames) / m_fps;
        double captionFrom = start + timing.length() - timing.playbackAndEndSeconds();
        out.push_back({start, captionFrom, chapter.title});
        std::string caption;
        for (const std::string& line : chapter.caption) caption += (caption.empty() ? "" : "\n") + line;
        if (!caption.empty()) out.push_back({captionFrom, end, caption});
    }
    return out;
}

} // namespace atlas::core
