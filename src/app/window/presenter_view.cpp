// app/window/presenter_view.cpp: the window opened and placed, the frames kept as textures, and
// each drawing of the view between making its window current and giving the context back.
#include "app/window/presenter_view.hpp"

#include <ctime>

#include "app/window/chapter_clock.hpp"
#include "app/window/screen_placement.hpp"
#include "render/resources.hpp"
#include "ui/presenter_screen.hpp"

namespace atlas::app {

namespace {

constexpr std::uint32_t kMovingRedrawMs = 100;
constexpr std::uint32_t kClockRedrawMs = 1000;

std::string timeOfDay() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M", &local);
    return text;
}

// A publisher without what its parentheses add: "Eurasia Daily Monitor".
std::string shortName(const core::Story& story, const std::string& id) {
    const core::Source* source = story.findSource(id);
    if (!source) return id;
    std::string name = source->publisher.empty() ? id : source->publisher;
    return name.substr(0, name.find(" ("));
}

std::string audienceNote(Blank blank) {
    switch (blank) {
    case Blank::Black:
        return "The audience sees a black screen (B or any chapter key shows the map again)";
    case Blank::White:
        return "The audience sees a white screen (W or any chapter key shows the map again)";
    case Blank::None:
        return "";
    }
    return "";
}

} // namespace

PresenterView::PresenterView(platform::SdlWindow& audience)
    : m_audience(audience), m_window("Presenter view", 1280, 800, audience),
      m_imgui(m_window, ui::presenterFonts(render::resourceDir() / "assets" / "fonts")) {
    if (std::vector<platform::DisplayBounds> displays = platform::displays(); !displays.empty()) {
        ScreenPlacement placement = placeScreens(displays, audience.display());
        m_window.place(placement.presenter);
        m_audience.place(placement.audience);
        if (placement.audienceFullscreen) m_audience.setFullscreen(true);
    }
    m_audience.makeCurrent();
}

void PresenterView::input(const platform::InputEvent& event) {
    ui::ImGuiSetup::Use use(m_imgui);
    ui::passToPanels(event);
    m_changed = true;
}

bool PresenterView::due(std::uint32_t nowMs) const { return waitMs(nowMs) == 0; }

std::uint32_t PresenterView::waitMs(std::uint32_t nowMs) const {
    std::uint32_t since = nowMs - m_drawnAtMs;
    std::uint32_t wait = m_audienceCaptured || m_nextWaits ? kMovingRedrawMs : kClockRedrawMs;
    return m_changed || since >= wait ? 0 : wait - since;
}

void PresenterView::captureAudience(const core::Viewport& viewport) {
    m_current.copyFromBound(viewport.width, viewport.height);
    m_audienceCaptured = true;
}

bool PresenterView::drawNext(const PresenterMoment& moment, session::FrameSource& frames) {
    const core::PresentationPlan& plan = *moment.plan;
    int next = moment.chapter + 1;
    const core::Viewport& size = plan.viewport();
    bool drawn =
        m_nextDrawn == next && m_nextComplete && m_next.width() == size.width && m_next.height() == size.height;
    if (next >= plan.count() || moment.flying || drawn) return false;
    core::PresentationPosition arrived{next, 0, std::nullopt, std::nullopt};
    arrived.seconds = plan.flight(arrived).seconds(); // landed, its title on the map
    session::PresentationShot shot{moment.story, &plan, arrived};
    m_nextWaits = !frames.ready(shot); // built on workers, never here: looked at again soon
    if (m_nextWaits) return false;
    frames.drawToTexture(shot, plan.viewport(), m_next);
    bool building = frames.building();
    m_nextDrawn = next;
    m_nextComplete = !building; // drawn again once the meshes are in
    return building;
}

bool PresenterView::draw(const PresenterMoment& moment, session::FrameSource& frames, std::uint32_t nowMs) {
    bool building = drawNext(moment, frames);
    const core::PresentationPlan& plan = *moment.plan;
    const core::Chapter& chapter = plan.chapter(moment.chapter);
    const core::Story& story = moment.story->story();
    ui::PresenterScreen screen;
    screen.chapter = moment.chapter;
    screen.count = plan.count();
    screen.title = chapter.title;
    screen.nextTitle = moment.chapter + 1 < plan.count() ? plan.chapter(moment.chapter + 1).title : "";
    screen.notes = &chapter.notes;
    screen.citeName = [&](const std::string& id) { return shortName(story, id); };
    for (const std::string& id : chapter.sourceIds)
        if (const core::Source* source = story.findSource(id))
            screen.references.push_back(core::fullReference(*source));
    screen.elapsed = clockText(moment.elapsed);
    screen.onChapter = clockText(moment.onChapter);
    screen.clock = timeOfDay();
    screen.rehearsing = moment.rehearsing;
    screen.audienceNote = audienceNote(moment.blank);
    m_current.updateMipmaps();
    screen.current = {m_current.id(), m_current.width(), m_current.height()};
    if (!m_next.empty() && m_nextDrawn == moment.chapter + 1) {
        m_next.updateMipmaps();
        screen.next = {m_next.id(), m_next.width(), m_next.height()};
    }

    m_window.makeCurrent();
    {
        ui::ImGuiSetup::Use use(m_imgui);
        ui::beginPanels();
        ui::drawPresenterScreen(screen);
        ui::endPanels();
    }
    m_window.swap();
    m_window.setTitle("Presenter view - chapter " + std::to_string(moment.chapter + 1) + " of " +
                      std::to_string(plan.count()));
    m_audience.makeCurrent();
    m_drawnAtMs = nowMs;
    m_changed = m_audienceCaptured = false;
    return building;
}

} // namespace atlas::app
