// ui/event_colours.cpp: one colour per kind; requests and answers stand out most.
#include "ui/event_colours.hpp"

#include <array>

namespace atlas::ui {

ImU32 eventKindColour(core::EventKind kind) {
    static constexpr std::array<ImU32, 12> kColours{
        IM_COL32(0xEE, 0x66, 0x77, 255), // request
        IM_COL32(0xAA, 0x33, 0x77, 255), // answer
        IM_COL32(0x44, 0x77, 0xAA, 255), // decision
        IM_COL32(0x22, 0x88, 0x33, 255), // deployment
        IM_COL32(0x66, 0xCC, 0xEE, 255), // arrival
        IM_COL32(0xCC, 0xBB, 0x44, 255), // withdrawal
        IM_COL32(0x33, 0x22, 0x88, 255), // secured site
        IM_COL32(0x88, 0x88, 0x88, 255), // membership
        IM_COL32(0xCC, 0x66, 0x77, 255), // unrest
        IM_COL32(0x88, 0x22, 0x55, 255), // clash
        IM_COL32(0x11, 0x77, 0x33, 255), // statement
        IM_COL32(0x99, 0x99, 0x33, 255), // institution
    };
    return kColours[std::size_t(kind)];
}

} // namespace atlas::ui
