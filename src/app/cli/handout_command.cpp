// app/cli/handout_command.cpp: -o checked before anything is drawn; each chapter's last frame of
// `export --chapter N` (30 frames a second) rendered at 1280x720; the pages built from the story
// file and sources.csv, and written through a temporary file.
#include "app/cli/handout_command.hpp"

#include <filesystem>
#include <future>
#include <iostream>

#include "app/cli/export_output.hpp"
#include "app/cli/presentation_source.hpp"
#include "core/frame/map_styles.hpp"
#include "core/presentation/presentation_cards.hpp"
#include "core/presentation/story_frames.hpp"
#include "core/time/time_format.hpp"
#include "export/handout_pdf.hpp"
#include "render/resources.hpp"
#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

namespace atlas::app {

namespace {

namespace fs = std::filesystem;

constexpr int kFrameWidth = 1280, kFrameHeight = 720, kFps = 30;

int refuse(const std::string& message) {
    std::cerr << "csto-atlas: handout: " << message << "\n";
    return 2;
}

// What is wrong with -o, or "".
std::string checkOutput(const Options& options) {
    const fs::path& path = *options.output;
    std::error_code ec;
    if (fs::is_directory(path, ec)) return "-o " + path.string() + ": is a folder; name the PDF file";
    return checkOutputFile(path, options.overwrite);
}

std::vector<exporting::HandoutBlock> references(const core::Story& story, const std::vector<std::string>& ids) {
    std::vector<exporting::HandoutBlock> blocks;
    for (const std::string& id : ids)
        if (const core::Source* source = story.findSource(id))
            blocks.push_back({exporting::HandoutBlock::Kind::Reference, core::fullReference(*source)});
    return blocks;
}

exporting::HandoutPage chapterPage(const core::Story& story, const core::Chapter& chapter, const core::Image& frame, int number,
                                   int count) {
    using Kind = exporting::HandoutBlock::Kind;
    exporting::HandoutPage page{{{Kind::Title, chapter.title},
                                 {Kind::Subtitle, core::chapterDates(chapter) + " · chapter " + std::to_string(number) + " of " +
                                                      std::to_string(count)},
                                 {Kind::Image, "", &frame}},
                                "", true};
    for (const std::string& paragraph : chapter.caption) page.blocks.push_back({Kind::Text, paragraph});
    page.blocks.push_back({Kind::Heading, "Sources"});
    for (exporting::HandoutBlock& block : references(story, chapter.sourceIds)) page.blocks.push_back(std::move(block));
    page.blocks.push_back({Kind::Reference, "Borders: Natural Earth"});
    return page;
}

// All the sources, then every point on which they disagree and the outlets that give an account
// of it (the accounts themselves are in `csto-atlas events` and the window's inspector).
exporting::HandoutPage sourcesPage(const core::Story& story) {
    using Kind = exporting::HandoutBlock::Kind;
    exporting::HandoutPage page{{{Kind::Title, "Sources"}}, "", true};
    for (const core::Source& source : story.sources) {
        std::string text = core::fullReference(source);
        if (!source.note.empty()) text += " (" + source.note + ")";
        page.blocks.push_back({Kind::Reference, text});
    }
    page.blocks.push_back({Kind::Heading, "Where the sources disagree"});
    page.blocks.push_back({Kind::Reference, "Each point, with the outlets whose accounts of it differ (the command csto-atlas events gives the accounts)."});
    for (const core::Event& event : story.events)
        for (const std::string& point : event.disputedFields()) {
            std::string outlets;
            for (const auto& [value, id] : event.accounts(point)) {
                const core::Source* source = story.findSource(id);
                std::string name = source ? source->publisher : id;
                if (outlets.find(name) == std::string::npos) outlets += (outlets.empty() ? "" : "; ") + name;
            }
            page.blocks.push_back({Kind::Reference, event.title + ", " + core::formatTime(event.start, story.placeZone(event.place)) +
                                                        " — " + point + ": " + outlets});
        }
    return page;
}

} // namespace

int runHandout(const Options& options) {
    if (std::string error = checkOutput(options); !error.empty()) return refuse(error);
    fs::path folder = session::dataFolder(options.data);
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return session::loadSession(folder, diagnostics); });
    auto context = std::make_unique<platform::EglContext>(); // made on this core while the other loads
    auto session = loading.get();
    core::Loaded<core::Story> story = session ? session::loadStoryFolder(folder) : core::Loaded<core::Story>{};
    diagnostics.insert(diagnostics.end(), story.diagnostics.begin(), story.diagnostics.end());
    std::optional<core::Presentation> presentation =
        story.value ? loadPresentation(options, *story.value, diagnostics) : std::nullopt;
    session::printDiagnostics(diagnostics);
    if (!session || !story.value || !presentation) return 2;
    if (options.story && core::hasErrors(diagnostics)) return refuse("--story " + options.story->string() + " has errors (above)");

    core::Viewport viewport = session::exportViewport(kFrameWidth, kFrameHeight);
    session::HeadlessRenderer renderer(*session, std::move(context));
    renderer.frames().style() = core::mapStyle(core::StyleName::Video); // as export draws chapters
    core::StoryIndex index(*story.value, session->data, *session->projection);
    core::PresentationPlan plan(*presentation, *session->projection, viewport, &renderer.frames().text());
    std::vector<core::Image> frames;
    for (int i = 0; i < plan.count(); ++i) { // the frame `export --chapter i+1` ends on
        core::StoryFrames chapter(plan, i, i, kFps);
        frames.push_back(renderer.render(session::PresentationShot{&index, &plan, chapter.position(chapter.count() - 1)}));
    }
    std::vector<exporting::HandoutPage> pages;
    for (int i = 0; i < plan.count(); ++i) pages.push_back(chapterPage(*story.value, plan.chapter(i), frames[std::size_t(i)], i + 1, plan.count()));
    pages.push_back(sourcesPage(*story.value));
    std::string title = presentation->title.empty() ? "csto-atlas" : presentation->title;
    for (std::size_t i = 0; i < pages.size(); ++i)
        pages[i].footer = title + " · page " + std::to_string(i + 1) + " of " + std::to_string(pages.size());
    exporting::Paper paper = options.paper == "letter" ? exporting::Paper::Letter : exporting::Paper::A4;
    if (std::string error = exporting::writeHandoutPdf(*options.output, pages, paper, render::resourceDir() / "assets" / "fonts");
        !error.empty()) {
        std::cerr << "csto-atlas: handout: " << error << "\n";
        return 1;
    }
    return core::hasBadInput(diagnostics) ? 2 : 0;
}

} // namespace atlas::app
