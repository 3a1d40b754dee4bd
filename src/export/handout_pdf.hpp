// export/handout_pdf.hpp: a printed handout as PDF through cairo: pages of blocks (title, dates,
// a frame, paragraphs, references) laid out top to bottom, the text real text in embedded fonts
// (searchable, selectable), each frame embedded at its own pixels. Written under a temporary name
// and renamed when complete.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/frame/image.hpp"

namespace atlas::exporting {

struct HandoutBlock {
    enum class Kind { Title, Subtitle, Heading, Text, Reference, Image };
    Kind kind = Kind::Text;
    std::string text;
    const core::Image* image = nullptr; // Kind::Image: shown across the page's width
};

struct HandoutPage {
    std::vector<HandoutBlock> blocks;
    std::string footer;
    bool shrinkToFit = false; // its text set smaller, as far as needed, to stay on one page
};

enum class Paper { A4, Letter };

// Writes the pages to path (fonts: DejaVuSans.ttf and DejaVuSans-Bold.ttf in fontFolder);
// returns what went wrong, or "" once the file is complete.
std::string writeHandoutPdf(const std::filesystem::path& path, const std::vector<HandoutPage>& pages, Paper paper,
                            const std::filesystem::path& fontFolder);

// Where an unfinished handout of `path` is written.
std::filesystem::path handoutTemporaryPath(const std::filesystem::path& path);

} // namespace atlas::exporting
