// app/window/export_panel.cpp: the view goes as --map-box (the window's visible box in projected
// metres), times in UTC at the minute, or an episode as --episode; the output under the home folder
// by default.
#include "app/window/export_panel.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/time/time_warp.hpp"

namespace atlas::app {

namespace {

using namespace std::chrono;

std::string minuteText(sys_seconds t) {
    auto day = floor<days>(t);
    year_month_day date{day};
    hh_mm_ss<seconds> time{t - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()), int(time.hours().count()), int(time.minutes().count()));
    return text;
}

std::string numbers(const core::Box& box) {
    char text[160];
    std::snprintf(text, sizeof text, "%.1f,%.1f,%.1f,%.1f", box.minX, box.minY, box.maxX, box.maxY);
    return text;
}

std::filesystem::path defaultOutput() {
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / "csto-atlas.mp4";
}

} // namespace

ExportPanel::ExportPanel(const Options& options) : m_options(options) { m_form.output = defaultOutput().string(); }

void ExportPanel::open(TimeController& time) {
    const core::TimeWarp& warp = time.clock().warp();
    m_form.from = minuteText(core::fromSeconds(warp.toTime(time.axis().begin())));
    sys_seconds now = floor<seconds>(system_clock::now()); // an export shows nothing after today
    m_form.to = minuteText(std::min(now, core::fromSeconds(warp.toTime(time.axis().end()))));
    m_open = true;
}

std::vector<std::string> ExportPanel::arguments(const MapViewController& view, const core::Presentation* presentation,
                                                const core::Story& story) const {
    const ui::ExportSize& size = ui::kExportSizes[m_form.size];
    std::vector<std::string> a = {"export", "--size", std::to_string(size.width) + "x" + std::to_string(size.height), "--fps",
                                  std::to_string(ui::kExportRates[m_form.fps]), "--progress-lines"};
    if (m_form.chapterMode && presentation) {
        bool whole = m_form.chapter >= int(presentation->chapters.size());
        a.insert(a.end(), {"--chapter", whole ? "all" : presentation->chapters[std::size_t(m_form.chapter)].id});
        if (m_options.story) a.insert(a.end(), {"--story", m_options.story->string()});
    } else {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.0f", double(m_form.seconds));
        a.insert(a.end(), {"--duration", seconds});
        if (story.findEpisode(m_form.episode))
            a.insert(a.end(), {"--episode", m_form.episode});
        else
            a.insert(a.end(), {"--from", m_form.from, "--to", m_form.to, "--map-box", numbers(view.camera().visibleBox(view.viewport()))});
    }
    if (m_options.data) a.insert(a.end(), {"--data", m_options.data->string()});
    if (m_form.overwrite) a.push_back("--overwrite");
    std::string output = m_form.output;
    if (!m_form.video && !output.empty() && output.back() != '/') output += '/';
    a.insert(a.end(), {"-o", output});
    return a;
}

bool ExportPanel::draw(const MapViewController& view, const core::Presentation* presentation, const core::Story& story) {
    if (m_job) m_job->poll();
    bool running = m_job && m_job->state() == ExportJob::State::Running;
    ui::ExportProgress progress{running, 0, m_job ? m_job->message() : std::string()};
    if (m_job && m_job->framesTotal() > 0) progress.fraction = float(m_job->framesDone()) / float(m_job->framesTotal());
    if (m_job && m_job->state() == ExportJob::State::Cancelled) progress.message = "cancelled; nothing unfinished was kept";
    std::vector<std::string> chapters;
    if (presentation)
        for (const core::Chapter& c : presentation->chapters) chapters.push_back(c.title);
    std::vector<ui::ExportEpisode> episodes;
    for (const core::Episode& e : story.episodes)
        episodes.push_back({e.id, e.title, minuteText(e.begin).substr(0, 10) + " – " + minuteText(e.end - seconds{1}).substr(0, 10)});
    ui::ExportDialogAction action = ui::drawExportDialog(m_form, chapters, episodes, progress, m_open);
    if (action.start && !running) {
        m_job = std::make_unique<ExportJob>(arguments(view, presentation, story));
        running = m_job->state() == ExportJob::State::Running;
    }
    if (action.cancel && m_job) m_job->cancel();
    return running;
}

} // namespace atlas::app
