// core/time/time_zone.hpp: an IANA time zone with the rules in force at each instant (from the
// system's tzdata through the date library), or UTC. Its header needs the standard library only.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace atlas::core {

class TimeZone {
public:
    static TimeZone utc();
    // The zone of an IANA name ("Asia/Almaty"); nullopt when tzdata has no such zone.
    static std::optional<TimeZone> find(std::string_view name);

    std::string name() const; // "UTC" for utc()
    bool isUtc() const { return m_zone == nullptr; }

    // The offset from UTC in force at an instant (daylight saving included).
    std::chrono::seconds offsetAt(std::chrono::sys_seconds instant) const;
    std::chrono::local_seconds toLocal(std::chrono::sys_seconds instant) const;
    // The instant of a local time; nullopt when the clocks skipped it. Where the clocks went back
    // and the time happened twice, the earlier.
    std::optional<std::chrono::sys_seconds> toUtc(std::chrono::local_seconds local) const;
    // Like toUtc, but a skipped local time gives the instant the clocks skipped it: the start of
    // a local day or month always has an instant.
    std::chrono::sys_seconds startOf(std::chrono::local_seconds local) const;

    friend bool operator==(const TimeZone&, const TimeZone&) = default;

private:
    explicit TimeZone(const date::time_zone* zone) : m_zone(zone) {}
    const date::time_zone* m_zone = nullptr; // null for UTC; owned by the date library's tzdb
};

} // namespace atlas::core
