// core/map_data.cpp: look-ups over the loaded base map.
#include "core/map_data.hpp"

#include <algorithm>

namespace atlas::core {

const Country* MapData::findCountry(const std::string& isoA3) const {
    auto it = std::find_if(countries.begin(), countries.end(), [&](const Country& c) { return c.isoA3 == isoA3; });
    return it == countries.end() ? nullptr : &*it;
}

const Place* MapData::findPlace(const std::string& id) const {
    auto it = std::find_if(places.begin(), places.end(), [&](const Place& p) { return p.id == id; });
    return it == places.end() ? nullptr : &*it;
}

Box MapData::bounds() const {
    Box box;
    for (const Country& c : countries) box.extend(c.shape.bounds);
    return box;
}

} // namespace atlas::core
