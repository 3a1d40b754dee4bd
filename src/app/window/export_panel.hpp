// app/window/export_panel.hpp: the export dialog's glue: the form filled from the window (its view,
// the timeline's range, or an episode of the data), turned into `csto-atlas export` arguments, and
// the background job.
#pragma once

#include <memory>

#include "app/cli/command_line.hpp"
#include "app/window/export_job.hpp"
#include "app/window/map_view_controller.hpp"
#include "app/window/time_controller.hpp"
#include "core/presentation/chapter.hpp"
#include "core/story/story.hpp"
#include "ui/export_dialog.hpp"

namespace atlas::app {

class ExportPanel {
public:
    // options: the window's own, whose --data and --story an export uses too.
    explicit ExportPanel(const Options& options);

    // Opens the dialog with the timeline's visible range.
    void open(TimeController& time);
    // Draws the dialog and runs what it asks; true while an export runs (its progress moves).
    bool draw(const MapViewController& view, const core::Presentation* presentation, const core::Story& story);

    // The export's arguments for the form, the window's view, the chapters and the story's episodes.
    std::vector<std::string> arguments(const MapViewController& view, const core::Presentation* presentation,
                                       const core::Story& story) const;
    ui::ExportForm& form() { return m_form; }

private:
    Options m_options;
    ui::ExportForm m_form;
    bool m_open = false;
    std::unique_ptr<ExportJob> m_job;
};

} // namespace atlas::app
