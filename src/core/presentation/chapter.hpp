// core/presentation/chapter.hpp: a presentation: chapters, each with a title, a caption with its sources, a
// time range and how to play it, a view and the layers it shows; a chapter of panes shows several
// views side by side, each at its own date. Loaded from a story file (io/story_file.hpp).
// Standard library only.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/geo/geometry.hpp"
#include "core/story/story_layers.hpp"
#include "core/text/speaker_notes.hpp"

namespace atlas::core {

// How a chapter's time moves once its title has been read.
enum class ChapterPlay {
    Fixed,    // stays at the chapter's start
    Playback, // runs from start to end in `seconds`
    Holds,    // the same, pausing `holdSeconds` at each of the chapter's event times
};

// One view of a chapter of panes: its own title, answer line, time and view.
struct ChapterPane {
    std::string title;
    std::string caption;
    std::chrono::sys_seconds time;
    GeoView view;
};

struct Chapter {
    std::string id;                    // for --chapter and file messages: "almaty-request"
    std::string group;                 // chapters told together: "almaty-2022" (--chapter takes it too)
    std::string title;
    std::vector<std::string> caption;  // a few lines
    std::vector<std::string> sources;  // publishers of the sources the caption cites
    std::vector<std::string> sourceIds; // those sources' ids in sources.csv, as the file lists them
    std::chrono::sys_seconds begin;
    std::chrono::sys_seconds end;      // == begin for a fixed time
    std::string timeZone;              // IANA name the title's dates are given in; empty for UTC
    ChapterPlay play = ChapterPlay::Fixed;
    double seconds = 0;                // playback length, holds excluded
    double holdSeconds = 0;
    std::vector<std::chrono::sys_seconds> holds; // the event times in (begin, end) to pause at, sorted
    GeoView view;
    StoryLayers layers;
    std::vector<ChapterPane> panes;    // empty for a chapter with one view
    SpeakerNotes notes;                // for the presenter's eyes only
    int line = 0;                      // where it starts in its file
};

struct Presentation {
    std::string title;
    std::vector<Chapter> chapters;
};

} // namespace atlas::core
