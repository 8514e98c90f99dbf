#include "base/period.hpp"

#include "base/digits.hpp"

#include <utility>

namespace oblige {

const char* frequency_name(Frequency f) {
    switch (f) {
    case Frequency::yearly:
        return "yearly";
    case Frequency::half_yearly:
        return "half-yearly";
    case Frequency::quarterly:
        return "quarterly";
    case Frequency::monthly:
        return "monthly";
    case Frequency::once:
        return "once";
    }
    return "yearly";
}

std::optional<Period> Period::parse(std::string_view text) {
    if (text == "once") return Period{Frequency::once, 0, 0};
    if (text.size() < 4) return std::nullopt;
    int year = 0;
    if (!parse_digits(text.substr(0, 4), year) || year < 1) return std::nullopt;
    if (text.size() == 4) return Period{Frequency::yearly, year, 0};
    if (text[4] != '-') return std::nullopt;
    const std::string_view rest = text.substr(5);
    int n = 0;
    if (rest.size() == 2 && rest[0] == 'H' && parse_digits(rest.substr(1), n) && n >= 1 && n <= 2)
        return Period{Frequency::half_yearly, year, n};
    if (rest.size() == 2 && rest[0] == 'Q' && parse_digits(rest.substr(1), n) && n >= 1 && n <= 4)
        return Period{Frequency::quarterly, year, n};
    if (rest.size() == 2 && parse_digits(rest, n) && n >= 1 && n <= 12)
        return Period{Frequency::monthly, year, n};
    return std::nullopt;
}

namespace {
// The months a period spans, first and last (1-12); `once` spans nothing.
std::pair<int, int> months(const Period& p) {
    switch (p.frequency) {
    case Frequency::yearly:
        return {1, 12};
    case Frequency::half_yearly:
        return {p.index == 1 ? 1 : 7, p.index == 1 ? 6 : 12};
    case Frequency::quarterly:
        return {3 * p.index - 2, 3 * p.index};
    case Frequency::monthly:
        return {p.index, p.index};
    case Frequency::once:
        break;
    }
    return {0, 0};
}
} // namespace

bool Period::within(const Period& outer) const {
    if (frequency == Frequency::once || outer.frequency == Frequency::once)
        return frequency == outer.frequency;
    if (year != outer.year) return false;
    const auto [first, last] = months(*this);
    const auto [outer_first, outer_last] = months(outer);
    return outer_first <= first && last <= outer_last;
}

bool Period::contains(const Date& day) const {
    if (frequency == Frequency::once || day.year != year) return false;
    const auto [first, last] = months(*this);
    return first <= day.month && day.month <= last;
}

std::string Period::text() const {
    if (frequency == Frequency::once) return "once";
    std::string out;
    out.reserve(7);
    append_zero_padded(out, year, 4);
    switch (frequency) {
    case Frequency::once:
    case Frequency::yearly:
        break;
    case Frequency::half_yearly:
        out += "-H";
        append_zero_padded(out, index, 1);
        break;
    case Frequency::quarterly:
        out += "-Q";
        append_zero_padded(out, index, 1);
        break;
    case Frequency::monthly:
        out += '-';
        append_zero_padded(out, index, 2);
        break;
    }
    return out;
}

namespace {
// What follows the year in the text: nothing, "-MM", "-Hn", "-Qn"; digits sort before 'H' before 'Q'.
int suffix_rank(Frequency f) {
    switch (f) {
    case Frequency::yearly:
        return 0;
    case Frequency::monthly:
        return 1;
    case Frequency::half_yearly:
        return 2;
    case Frequency::quarterly:
        return 3;
    case Frequency::once:
        break;
    }
    return 4;
}
} // namespace

std::strong_ordering compare_as_text(const Period& a, const Period& b) {
    // "once" starts with a letter, after every year's digits; a parsed year has four digits, so the
    // years' texts sort as their numbers.
    const bool a_once = a.frequency == Frequency::once, b_once = b.frequency == Frequency::once;
    if (a_once || b_once) return a_once <=> b_once;
    if (a.year != b.year) return a.year <=> b.year;
    if (a.frequency != b.frequency) return suffix_rank(a.frequency) <=> suffix_rank(b.frequency);
    return a.index <=> b.index;
}

} // namespace oblige
