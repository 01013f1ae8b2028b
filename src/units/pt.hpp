// Lengths: a PDF point (1/72 inch) as a type of its own, so a length is never
// mixed up with a count or a font-unit value.
#pragma once

#include <compare>

namespace thidua::units {

struct Pt {
    double value = 0;

    constexpr Pt() = default;
    constexpr explicit Pt(double v) : value(v) {}

    constexpr Pt operator+(Pt o) const { return Pt(value + o.value); }
    constexpr Pt operator-(Pt o) const { return Pt(value - o.value); }
    constexpr Pt operator-() const { return Pt(-value); }
    constexpr Pt operator*(double k) const { return Pt(value * k); }
    constexpr Pt operator/(double k) const { return Pt(value / k); }
    constexpr double operator/(Pt o) const { return value / o.value; }
    constexpr Pt& operator+=(Pt o) {
        value += o.value;
        return *this;
    }
    constexpr Pt& operator-=(Pt o) {
        value -= o.value;
        return *this;
    }
    constexpr auto operator<=>(const Pt&) const = default;
};

constexpr Pt operator*(double k, Pt p) {
    return Pt(k * p.value);
}

constexpr Pt mm(double v) {
    return Pt(v * 72.0 / 25.4);
}
constexpr Pt cm(double v) {
    return mm(v * 10.0);
}
constexpr Pt pt(double v) {
    return Pt(v);
}

// A4 portrait.
inline constexpr Pt a4_width = mm(210);
inline constexpr Pt a4_height = mm(297);

} // namespace thidua::units
