// core/story/story_kinds.hpp: the closed vocabularies of the story files (kinds of event, answer
// outcomes, membership changes, ...) and their names as written in the files. Standard library only.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::core {

enum class EventKind {
    Request, Answer, Decision, Deployment, Arrival, Withdrawal, SecuredSite, Membership, Unrest, Clash, Statement, Institution
};
enum class Outcome { Refused, Rebuffed, Granted };
enum class Change { Signed, Joined, Left, Suspended, Renewed, Rejoined, Charter };
enum class DateQualifier { None, Before, After, Within };
enum class SiteKind { Airport, Cosmodrome, PowerPlant, Government, Military, Infrastructure };
enum class SourceKind { News, Analysis, Journal };

// Names in enumerator order; a specialisation per vocabulary.
template <class E> struct Vocabulary;
template <> struct Vocabulary<EventKind> {
    static constexpr std::array<std::string_view, 12> names{"request",    "answer",       "decision",   "deployment",
                                                            "arrival",    "withdrawal",   "secured-site", "membership",
                                                            "unrest",     "clash",        "statement",  "institution"};
};
template <> struct Vocabulary<Outcome> {
    static constexpr std::array<std::string_view, 3> names{"refused", "rebuffed", "granted"};
};
template <> struct Vocabulary<Change> {
    static constexpr std::array<std::string_view, 7> names{"signed",  "joined",   "left",   "suspended",
                                                           "renewed", "rejoined", "charter"};
};
template <> struct Vocabulary<DateQualifier> {
    static constexpr std::array<std::string_view, 4> names{"", "before", "after", "within"};
};
template <> struct Vocabulary<SiteKind> {
    static constexpr std::array<std::string_view, 6> names{"airport",    "cosmodrome", "power-plant",
                                                           "government", "military",   "infrastructure"};
};
template <> struct Vocabulary<SourceKind> {
    static constexpr std::array<std::string_view, 3> names{"news", "analysis", "journal"};
};

template <class E>
std::string_view nameOf(E value) {
    return Vocabulary<E>::names[std::size_t(value)];
}

template <class E>
std::optional<E> fromName(std::string_view name) {
    for (std::size_t i = 0; i < Vocabulary<E>::names.size(); ++i)
        if (!Vocabulary<E>::names[i].empty() && Vocabulary<E>::names[i] == name) return E(i);
    return std::nullopt;
}

// "request, answer, decision, ..." for messages.
template <class E>
std::string namesOf() {
    std::string text;
    for (std::string_view name : Vocabulary<E>::names) {
        if (name.empty()) continue;
        text += (text.empty() ? "" : ", ") + std::string(name);
    }
    return text;
}

} // namespace atlas::core
