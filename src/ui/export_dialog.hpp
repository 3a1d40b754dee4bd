// ui/export_dialog.hpp: the window's export dialog: what to export (the view over a time range,
// an episode of the data, or a chapter of the story), size, frame rate, MP4 or PNG frames, where to; then the progress
// of the export running in the background, with Cancel.
#pragma once

#include <string>
#include <vector>

namespace atlas::ui {

struct ExportForm {
    bool chapterMode = false;   // a chapter of the story, else the view over a time range
    int chapter = 0;            // index in the chapter list; the list's size means the whole story
    std::string episode;        // the id of an episode whose range and view are exported; empty: the range below
    std::string from;           // "2022-01-05" or "2022-01-05T14:00" (UTC): the range without an episode
    std::string to;
    float seconds = 20;         // the video's length, for a time range
    int size = 1;               // index in kExportSizes
    int fps = 2;                // index in kExportRates
    bool video = true;          // MP4, else PNG frames in a folder
    std::string output;         // the file (MP4) or folder (frames)
    bool overwrite = false;
};

struct ExportSize {
    int width;
    int height;
    const char* name;
};
inline constexpr ExportSize kExportSizes[] = {
    {1280, 720, "1280x720 (720p)"},    {1920, 1080, "1920x1080 (1080p)"}, {2560, 1440, "2560x1440"},
    {3840, 2160, "3840x2160 (4K)"},    {7680, 4320, "7680x4320 (8K)"},
};
inline constexpr int kExportRates[] = {24, 25, 30, 60};

// The export in progress, as the dialog shows it.
struct ExportProgress {
    bool running = false;
    float fraction = 0;
    std::string message; // progress, or how it ended
};

struct ExportDialogAction {
    bool start = false;
    bool cancel = false;
};

// An episode of the data as the dialog offers it.
struct ExportEpisode {
    std::string id;
    std::string title;
    std::string range; // "2022-01-01 – 2022-01-25"
};

// Draws the dialog while `open`; chapters are the story's titles, episodes the data's.
ExportDialogAction drawExportDialog(ExportForm& form, const std::vector<std::string>& chapters,
                                    const std::vector<ExportEpisode>& episodes, const ExportProgress& progress, bool& open);

} // namespace atlas::ui
