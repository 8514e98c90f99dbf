#include "reports/values.hpp"

#include "base/decimal.hpp"

#include <algorithm>
#include <charconv>

namespace oblige::reports {

namespace {
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

const Decimal& hundred() {
    static const Decimal h = *Decimal::parse("100");
    return h;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// Digits grouped by three after a first group of one to three: "1.234.567" with sep '.'.
bool grouped(std::string_view s, char sep) {
    const std::size_t first = s.find(sep);
    if (first == std::string_view::npos || first == 0 || first > 3 || !all_digits(s.substr(0, first)))
        return false;
    for (std::size_t i = first; i < s.size(); i += 4) {
        if (s[i] != sep || i + 4 > s.size() || !all_digits(s.substr(i + 1, 3))) return false;
    }
    return true;
}

// Only digits and separators ('.', ',', ' '), at least one digit, and something a plain decimal
// would not be: a comma, a space between digits, several dots, or "100.000" (thousands or decimals?).
bool looks_locale_number(std::string_view s) {
    bool digit = false, comma = false, space = false;
    int dots = 0;
    for (char c : s) {
        if (is_digit(c))
            digit = true;
        else if (c == ',')
            comma = true;
        else if (c == ' ')
            space = true;
        else if (c == '.')
            ++dots;
        else
            return false;
    }
    if (!digit) return false;
    if (comma || space || dots > 1) return true;
    return dots == 1 && s[0] != '0' && grouped(s, '.');
}

std::string without(std::string_view s, char c) {
    std::string out;
    for (char x : s)
        if (x != c) out += x;
    return out;
}

// "12.500" read as a decimal, written the short way: "12.5"; "100.000" → "100".
std::string short_decimal(std::string s) {
    if (s.find('.') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// The readings a locale-formatted number may have had: none, one, or two (a thousands group or a
// decimal: "1,234" is 1234 or 1.234).
struct Readings {
    std::string first, second;
};
Readings readings(std::string_view s) {
    const bool has_dot = s.find('.') != std::string_view::npos;
    const bool has_comma = s.find(',') != std::string_view::npos;
    const bool has_space = s.find(' ') != std::string_view::npos;
    if (has_space && !has_dot && !has_comma) return {grouped(s, ' ') ? without(s, ' ') : std::string(), {}};
    if (has_space) return {};
    if (has_dot && has_comma) {
        // The last mark is the decimal one, the other the thousands separator.
        const std::size_t last = s.find_last_of(".,");
        const char thousands = s[last] == ',' ? '.' : ',';
        const std::string_view whole = s.substr(0, last), fraction = s.substr(last + 1);
        if (!grouped(whole, thousands) || !all_digits(fraction)) return {};
        return {without(whole, thousands) + "." + std::string(fraction), {}};
    }
    const char sep = has_comma ? ',' : '.';
    const std::size_t count = static_cast<std::size_t>(std::count(s.begin(), s.end(), sep));
    if (count > 1) return {grouped(s, sep) ? without(s, sep) : std::string(), {}};
    const std::size_t at = s.find(sep);
    std::string as_decimal = std::string(s.substr(0, at)) + "." + std::string(s.substr(at + 1));
    if (as_decimal.front() == '.') as_decimal.insert(as_decimal.begin(), '0');
    if (grouped(s, sep)) return {without(s, sep), short_decimal(as_decimal)};
    return {as_decimal, {}};
}
} // namespace

bool parse_decimal(std::string_view s, double& out) {
    // The strict shape first (from_chars alone would take "5.", ".5" and "-.5"), then from_chars reads
    // the number: the nearest double, "-0" as -0.0.
    std::size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
    const auto digit_run = [&] {
        const std::size_t start = i;
        while (i < s.size() && is_digit(s[i]))
            ++i;
        return i > start;
    };
    if (!digit_run()) return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digit_run()) return false;
    }
    if (i != s.size()) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::fixed);
    return ec == std::errc() && end == s.data() + s.size();
}

std::optional<Decimal> exact_decimal(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    return Decimal::parse(text);
}

Value parse_value(std::string_view text, plan::Unit unit) {
    using plan::Unit;
    Value v;
    text = trim(text);
    if (text.empty()) {
        v.status = ValueStatus::empty;
        return v;
    }
    switch (unit) {
    case Unit::text:
        return v;
    case Unit::yesno:
        if (iequals(text, "yes"))
            v.number = 1;
        else if (iequals(text, "no"))
            v.number = 0;
        else {
            v.status = ValueStatus::not_yesno;
            return v;
        }
        v.numeric = true;
        return v;
    default:
        break;
    }
    if (unit == Unit::percent && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    // A strict decimal is a locale number only when it may be a thousands group ("100.000": a point with
    // three digits after it), so the locale check runs on those and on what is no decimal at all, not
    // on every value.
    double number = 0;
    const bool decimal = parse_decimal(text, number);
    const bool maybe_grouped = text.size() >= 5 && text[text.size() - 4] == '.';
    if ((!decimal || maybe_grouped) && looks_locale_number(text)) {
        v.status = ValueStatus::locale_number;
        return v;
    }
    if (!decimal) {
        // An unspecified unit takes words as text; every numeric unit needs a number.
        v.status = unit == Unit::unspecified ? ValueStatus::ok : ValueStatus::not_a_number;
        return v;
    }
    v.number = number;
    v.numeric = true;
    // Ranges are judged on the digits, not the double: 100.00000000000000001 is the double 100, and
    // above 100 all the same. (A view of the text: nothing is allocated.)
    const Decimal exact = *Decimal::parse(text);
    switch (unit) {
    case Unit::percent:
        if (exact.negative || compare(exact, hundred()) > 0) v.status = ValueStatus::out_of_range;
        break;
    case Unit::count:
        if (text.find('.') != std::string_view::npos)
            v.status = ValueStatus::not_integer;
        else if (exact.negative)
            v.status = ValueStatus::out_of_range;
        break;
    case Unit::ratio:
    case Unit::rate:
        if (exact.negative) v.status = ValueStatus::out_of_range;
        break;
    default:
        break;
    }
    if (!v.ok()) v.numeric = false;
    return v;
}

MessageArgs value_hint(std::string_view text, plan::Unit unit, ValueStatus status) {
    using plan::Unit;
    switch (status) {
    case ValueStatus::ok:
        return {{"hint", ""}};
    case ValueStatus::empty:
        return {{"hint", "hint.empty"}};
    case ValueStatus::not_yesno:
        return {{"hint", "hint.yesno"}};
    case ValueStatus::not_integer:
        return {{"hint", "hint.integer"}};
    case ValueStatus::not_a_number:
        return {{"hint", "hint.number"}};
    case ValueStatus::out_of_range:
        if (unit == Unit::percent) return {{"hint", "hint.percent-range"}};
        return {{"hint", "hint.negative"}};
    case ValueStatus::locale_number: {
        text = trim(text);
        if (unit == Unit::percent && !text.empty() && text.back() == '%')
            text = trim(text.substr(0, text.size() - 1));
        const Readings meant = readings(text);
        if (meant.first.empty()) return {{"hint", "hint.decimal-mark"}};
        if (meant.second.empty()) return {{"hint", "hint.decimal-mark-meant"}, {"hint.reading", meant.first}};
        return {{"hint", "hint.decimal-mark-either"},
                {"hint.reading", meant.first},
                {"hint.other", meant.second}};
    }
    }
    return {{"hint", ""}};
}

} // namespace oblige::reports
