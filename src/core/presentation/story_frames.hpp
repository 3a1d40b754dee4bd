// core/presentation/story_frames.hpp: a chapter, or the whole story, as a sequence of video frames: where each
// frame is in the presentation, and the subtitles (title, then caption) of the chapters in it.
// Each chapter's flight starts where the chapter before it ends, as when presented straight
// through. Standard library only.
#pragma once

#include <string>
#include <vector>

#include "core/presentation/presentation_plan.hpp"

namespace atlas::core {

struct Subtitle {
    double from = 0; // seconds from the first frame
    double to = 0;
    std::string text;
};

class StoryFrames {
public:
    // Chapters first..last (indexes, inclusive) at fps frames per second.
    StoryFrames(const PresentationPlan& plan, int first, int last, int fps);

    int count() const { return m_count; }
    PresentationPosition position(int frame) const;
    std::vector<Subtitle> subtitles() const;

private:
    struct Part {
        int chapter;
        int firstFrame;
        int frames;
        double seconds; // the chapter's length
    };

    const PresentationPlan& m_plan;
    int m_fps;
    std::vector<Part> m_parts;
    int m_count = 0;
};

} // namespace atlas::core
