// core/geo/map_data.hpp: the base map as loaded: countries, regions, disputed borders and places,
// all in projected metres, and the states of the organisation. Standard library only.
#pragma once

#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "core/geo/geometry.hpp"
#include "core/story/name_history.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::core {

struct Country {
    std::string isoA3; // ISO 3166-1 alpha-3
    std::string name;
    MultiPolygon shape;
};

// A first-level division (oblast, marz, province) of a country.
struct Region {
    std::string isoA3; // the country it belongs to
    std::string code;  // ISO 3166-2 where known
    std::string name;
    MultiPolygon shape;
};

struct DisputedBorder {
    std::string name;
    std::vector<Polyline> lines;
    Box bounds;
};

struct Place {
    std::string id;
    std::string name;
    std::string kind; // capital, city, airport, airfield, cosmodrome, ...
    std::string isoA3;
    LonLat lonLat;
    Vec2 position; // projected
    std::string timeZone; // IANA name
    std::string coordSource;
    NameHistory names; // empty when the name never changed

    // The name in force at an instant, on the local calendar of timeZone.
    std::string nameAt(std::chrono::sys_seconds instant) const;
    // The zone of timeZone, what local times there are read and shown in; UTC when tzdata lacks it.
    TimeZone zone() const;
};

struct MapData {
    std::vector<Country> countries;
    std::vector<Region> regions;
    std::vector<DisputedBorder> disputed;
    std::vector<Place> places;
    // The states the folder's membership.csv names: their regions show at every zoom and the home
    // view frames them.
    std::set<std::string, std::less<>> organisation;

    const Country* findCountry(const std::string& isoA3) const;
    const Place* findPlace(const std::string& id) const;
    Box bounds() const;
};

} // namespace atlas::core
