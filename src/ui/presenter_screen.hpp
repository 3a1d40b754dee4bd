// ui/presenter_screen.hpp: the presenter's view, the whole of its window: chapter n of m and its
// title, the clocks, the audience's frame, the next chapter's frame, the speaker notes and the
// full references of the chapter's sources.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/text/speaker_notes.hpp"
#include "ui/imgui_setup.hpp"

namespace atlas::ui {

// A GL texture holding a frame (bottom row first), and its size.
struct FrameImage {
    unsigned texture = 0;
    int width = 0;
    int height = 0;
};

struct PresenterScreen {
    int chapter = 0; // from 0
    int count = 0;
    std::string title;
    std::string nextTitle; // "" after the last chapter
    const core::SpeakerNotes* notes = nullptr;
    std::function<std::string(const std::string&)> citeName; // a cited source id's short name
    std::vector<std::string> references;                     // the chapter's sources, in full
    std::string elapsed;                                     // since the presentation started
    std::string onChapter;                                   // on this chapter
    std::string clock;                                       // the time of day
    bool rehearsing = false;
    std::string audienceNote; // what the audience sees instead of the map; "" when it sees the map
    FrameImage current;
    FrameImage next; // empty while it is being drawn
};

// The fonts the presenter's view is set in, in the order drawPresenterScreen expects them.
std::vector<FontFile> presenterFonts(const std::filesystem::path& fontFolder);

void drawPresenterScreen(const PresenterScreen& screen);

} // namespace atlas::ui
