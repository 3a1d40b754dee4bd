// core/story/quantity.cpp: the form of a figure and when two figures disagree.
#include "core/story/quantity.hpp"

#include <array>

namespace atlas::core {

Quantity::Form Quantity::form() const {
    if (!min && !max) return Form::Unstated;
    if (!min || !max) return Form::OpenEnded;
    if (*min != *max) return Form::Range;
    return approx ? Form::Approximate : Form::Exact;
}

bool Quantity::disagreesWith(const Quantity& other) const {
    if (what != other.what || form() == Form::Unstated || other.form() == Form::Unstated) return false;
    return min != other.min || max != other.max;
}

std::string_view formName(Quantity::Form form) {
    static constexpr std::array<std::string_view, 5> kNames{"exact", "approximate", "range", "open-ended", "unstated"};
    return kNames[std::size_t(form)];
}

} // namespace atlas::core
