// tests/io/layout_report_test.cpp: `render --layout` and `export --layout` through the real binary:
// the JSON says what the very frame drew (texts with boxes, sizes, colours, what they name; the
// markers, arcs and cards; the labels dropped), in the style asked for, a pane's items where its
// cell is in the frame; bad --style exits 2.
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "story_test_support.hpp"

using namespace atlas::test;
using nlohmann::json;

namespace {

std::filesystem::path outputDir() {
    std::filesystem::path dir = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / "layout";
    std::filesystem::create_directories(dir);
    return dir;
}

json readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    REQUIRE(in);
    return json::parse(in);
}

const json* findText(const json& report, const std::string& text) {
    for (const json& item : report["items"])
        if (item.contains("text") && item["text"] == text) return &item;
    return nullptr;
}

} // namespace

TEST_CASE("render --layout writes the frame's texts, markers, arcs and cards in the video style by default") {
    std::filesystem::path png = outputDir() / "osh.png", layout = outputDir() / "osh.json";
    RunResult r = runAtlas({"render", "--episode", "osh-2010", "--at", "2010-06-14", "--size", "1920x1080", "-o", png.string(),
                            "--layout", layout.string()});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    json report = readJson(layout);
    CHECK(report["size"] == json::array({1920, 1080}));
    CHECK(report["style"] == "video");
    const json* osh = findText(report, "Osh");
    REQUIRE(osh);
    CHECK((*osh)["kind"] == "label");
    CHECK((*osh)["place"] == "osh");
    CHECK((*osh)["em_px"].get<double>() >= 18);
    CHECK((*osh)["opacity"] == 1.0);
    CHECK((*osh)["color"].get<std::string>().size() == 7);
    CHECK((*osh)["background"].get<std::string>().starts_with("#"));
    const json& box = (*osh)["box"];
    CHECK(box[0].get<double>() < box[2].get<double>());
    CHECK(box[1].get<double>() < box[3].get<double>());
    const json* date = findText(report, "June 2010");
    REQUIRE(date);
    CHECK((*date)["kind"] == "date");
    int arcs = 0, markers = 0, legends = 0;
    for (const json& item : report["items"]) {
        arcs += item["kind"] == "arc" && item["event"] == "kgz-2010-june-request";
        markers += item["kind"] == "marker" && item.value("place", "") == "bishkek";
        legends += item["kind"] == "legend";
    }
    CHECK(arcs >= 1);
    CHECK(markers >= 1);
    CHECK(legends >= 2); // the card and its rows
    CHECK(report["dropped"].is_array());
}

TEST_CASE("render --style screen draws the window's smaller type; a bad style exits 2 naming the choices") {
    std::filesystem::path png = outputDir() / "screen.png", layout = outputDir() / "screen.json";
    RunResult r = runAtlas({"render", "--episode", "osh-2010", "--at", "2010-06-14", "--size", "1920x1080", "--style", "screen",
                            "-o", png.string(), "--layout", layout.string()});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    json report = readJson(layout);
    CHECK(report["style"] == "screen");
    const json* osh = findText(report, "Osh");
    REQUIRE(osh);
    CHECK((*osh)["em_px"].get<double>() < 18);
    RunResult bad = runAtlas({"render", "--style", "print", "-o", png.string()});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--style 'print': expected video, presentation or screen") != std::string::npos);
}

TEST_CASE("export --layout writes one report per frame beside the frames") {
    std::filesystem::path frames = outputDir() / "frames", layouts = outputDir() / "frames-layout";
    std::filesystem::remove_all(frames);
    std::filesystem::remove_all(layouts);
    RunResult r = runAtlas({"export", "--episode", "almaty-2022", "--from", "2022-01-06", "--to", "2022-01-08", "--fps", "3",
                            "--duration", "1s", "--size", "320x180", "-o", frames.string() + "/", "--layout", layouts.string() + "/"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    for (int i = 0; i < 3; ++i) {
        std::filesystem::path file = layouts / ("frame_0000" + std::to_string(i) + ".json");
        INFO(file);
        REQUIRE(std::filesystem::exists(file));
        CHECK(readJson(file)["size"] == json::array({320, 180}));
    }
    CHECK(findText(readJson(layouts / "frame_00000.json"), "6 January 2022"));
    CHECK(findText(readJson(layouts / "frame_00002.json"), "8 January 2022"));
}

TEST_CASE("a still says what it shows: the episode's title as its headline, --title to change or drop it") {
    std::filesystem::path png = outputDir() / "title.png", layout = outputDir() / "title.json";
    auto headlines = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = {"render", "--episode", "armenia-2021", "--at", "2021-05-14", "--size", "1280x720",
                                         "-o", png.string(), "--layout", layout.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        RunResult r = runAtlas(args);
        REQUIRE_MESSAGE(r.exitCode == 0, r.err);
        std::vector<std::string> titles;
        json report = readJson(layout);
        for (const json& item : report["items"])
            if (item["kind"] == "title") titles.push_back(item["text"]);
        return titles;
    };
    CHECK(headlines({}) == std::vector<std::string>{"Armenia–Azerbaijan border, 2021"});
    CHECK(headlines({"--title", "Yerevan asks, Moscow mediates"}) == std::vector<std::string>{"Yerevan asks, Moscow mediates"});
    CHECK(headlines({"--title", ""}).empty());
}

TEST_CASE("export --chapter compare --layout at 9:16: the three panes' texts in their rows, every box inside the frame") {
    std::filesystem::path frames = outputDir() / "compare-portrait", layouts = outputDir() / "compare-portrait-layout";
    std::filesystem::remove_all(frames);
    std::filesystem::remove_all(layouts);
    RunResult r = runAtlas({"export", "--chapter", "compare", "--fps", "1", "--size", "540x960", "--frames", "7-7", "-o",
                            frames.string() + "/", "--layout", layouts.string() + "/"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    json report = readJson(layouts / "frame_00007.json");
    // Each pane's date heads its row: June 2010 at the top, then May 2021, then January 2022.
    const json* first = findText(report, "June 2010");
    const json* second = findText(report, "20 May 2021");
    const json* third = findText(report, "8 January 2022");
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    CHECK((*first)["box"][1].get<double>() < 40);
    CHECK((*second)["box"][1].get<double>() > 200);
    CHECK((*third)["box"][1].get<double>() > (*second)["box"][1].get<double>() + 200);
    for (const json& item : report["items"]) {
        if (!item.contains("box")) continue;
        INFO(item.dump());
        CHECK(item["box"][0].get<double>() >= -0.5);
        CHECK(item["box"][1].get<double>() >= -0.5);
        CHECK(item["box"][2].get<double>() <= 540.5);
        CHECK(item["box"][3].get<double>() <= 960.5);
    }
}
