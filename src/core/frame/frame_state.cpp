// core/frame/frame_state.cpp: the names of text kinds, as the layout report writes them.
#include "core/frame/frame_state.hpp"

namespace atlas::core {

std::string_view nameOf(TextKind kind) {
    switch (kind) {
    case TextKind::Label: return "label";
    case TextKind::Callout: return "callout";
    case TextKind::Symbol: return "symbol";
    case TextKind::Legend: return "legend";
    case TextKind::Date: return "date";
    case TextKind::Sources: return "sources";
    case TextKind::Scale: return "scale";
    case TextKind::Title: return "title";
    case TextKind::Caption: return "caption";
    case TextKind::Rule: return "rule";
    }
    return "label";
}

} // namespace atlas::core
