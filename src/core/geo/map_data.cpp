// core/geo/map_data.cpp: look-ups over the loaded base map.
#include "core/geo/map_data.hpp"

#include <algorithm>

#include "core/time/time_zone.hpp"

namespace atlas::core {

const Country* MapData::findCountry(const std::string& isoA3) const {
    auto it = std::find_if(countries.begin(), countries.end(), [&](const Country& c) { return c.isoA3 == isoA3; });
    return it == countries.end() ? nullptr : &*it;
}

const Place* MapData::findPlace(const std::string& id) const {
    auto it = std::find_if(places.begin(), places.end(), [&](const Place& p) { return p.id == id; });
    return it == places.end() ? nullptr : &*it;
}

std::string Place::nameAt(std::chrono::sys_seconds instant) const {
    if (names.empty()) return name;
    return names.at(std::chrono::floor<std::chrono::days>(zone().toLocal(instant)));
}

TimeZone Place::zone() const { return TimeZone::find(timeZone).value_or(TimeZone::utc()); }

Box MapData::bounds() const {
    Box box;
    for (const Country& c : countries) box.extend(c.shape.bounds);
    return box;
}

} // namespace atlas::core
