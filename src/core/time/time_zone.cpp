// core/time/time_zone.cpp: TimeZone over date::time_zone (libdate-tz reading the system's tzdata).
#include "core/time/time_zone.hpp"

#include <date/tz.h>

#include <stdexcept>

namespace atlas::core {

namespace {

date::local_seconds toDate(std::chrono::local_seconds local) { return date::local_seconds{local.time_since_epoch()}; }

} // namespace

TimeZone TimeZone::utc() { return TimeZone(nullptr); }

std::optional<TimeZone> TimeZone::find(std::string_view name) {
    if (name == "UTC") return utc();
    try {
        return TimeZone(date::locate_zone(name));
    } catch (const std::runtime_error&) {
        return std::nullopt;
    }
}

std::string TimeZone::name() const { return m_zone ? std::string(m_zone->name()) : "UTC"; }

std::chrono::seconds TimeZone::offsetAt(std::chrono::sys_seconds instant) const {
    return m_zone ? m_zone->get_info(instant).offset : std::chrono::seconds{0};
}

std::chrono::local_seconds TimeZone::toLocal(std::chrono::sys_seconds instant) const {
    return std::chrono::local_seconds{(instant + offsetAt(instant)).time_since_epoch()};
}

std::optional<std::chrono::sys_seconds> TimeZone::toUtc(std::chrono::local_seconds local) const {
    std::chrono::sys_seconds asUtc{local.time_since_epoch()};
    if (!m_zone) return asUtc;
    date::local_info info = m_zone->get_info(toDate(local));
    if (info.result == date::local_info::nonexistent) return std::nullopt;
    return asUtc - info.first.offset;
}

std::chrono::sys_seconds TimeZone::startOf(std::chrono::local_seconds local) const {
    if (auto instant = toUtc(local)) return *instant;
    return m_zone->get_info(toDate(local)).second.begin;
}

} // namespace atlas::core
