// core/story/name_history.cpp: parsing and look-up of time-varying names.
#include "core/story/name_history.hpp"

#include "core/time/fuzzy_time.hpp"

namespace atlas::core {

Parsed<NameHistory> NameHistory::parse(std::string_view text) {
    using Result = Parsed<NameHistory>;
    NameHistory history;
    if (text.empty()) return {history, {}};
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t stop = std::min(text.find(';', start), text.size());
        std::string_view part = text.substr(start, stop - start);
        start = stop + 1;
        std::size_t at = part.find('@');
        std::string name(part.substr(0, at));
        if (name.empty()) return Result::failure("'" + std::string(text) + "': a name is empty");
        if (history.m_names.empty()) {
            if (at != std::string_view::npos)
                return Result::failure("'" + std::string(text) + "': the first name takes no date");
            history.m_names.push_back({std::chrono::local_days::min(), name});
            continue;
        }
        if (at == std::string_view::npos)
            return Result::failure("'" + std::string(text) + "': '" + name + "' needs the day it applies from (@YYYY-MM-DD)");
        Parsed<FuzzyTime> day = parseFuzzyTime(part.substr(at + 1), TimeZone::utc());
        if (!day.value) return Result::failure(day.error);
        if (day.value->precision != Precision::Day)
            return Result::failure("'" + std::string(part.substr(at + 1)) + "': a name applies from a day (YYYY-MM-DD)");
        std::chrono::local_days from{std::chrono::floor<std::chrono::days>(day.value->begin).time_since_epoch()};
        if (from <= history.m_names.back().from)
            return Result::failure("'" + std::string(text) + "': the dates must increase");
        history.m_names.push_back({from, name});
    }
    return {history, {}};
}

std::string NameHistory::at(std::chrono::local_days day) const {
    std::string name;
    for (const Name& n : m_names)
        if (n.from <= day) name = n.name;
    return name;
}

} // namespace atlas::core
