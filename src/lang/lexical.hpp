// The tokens of the `.obl` language (SPEC §1.1) as X3 primitive parsers: blanks and comments, keywords,
// identifiers, paths, strings and numbers. Hand-written, because each has one exact rule that X3's
// locale-dependent character classes do not express (non-ASCII bytes are identifier characters).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace oblige::lang::lexical {

namespace x3 = boost::spirit::x3;

// ---- characters ---------------------------------------------------------------------------------------
inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
inline bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_non_ascii(char c) {
    return static_cast<unsigned char>(c) >= 0x80;
}
inline bool is_identifier_start(char c) {
    return is_letter(c) || c == '_' || is_non_ascii(c);
}
inline bool is_identifier_char(char c) {
    return is_identifier_start(c) || is_digit(c) || c == '-';
}
inline bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Reserved words (SPEC §1.1): never identifiers.
inline constexpr std::string_view keywords[] = {
    "import",    "plan",      "title",   "issuer",     "issued",    "period",  "to",          "implements",
    "source",    "agency",    "under",   "until",      "successor", "group",   "member",      "goal",
    "indicator", "unit",      "target",  "by",         "from",      "lead",    "support",     "duty",
    "covers",    "own",       "all",     "leads",      "narrative", "yearly",  "half-yearly", "quarterly",
    "monthly",   "once",      "due",     "next",       "grace",     "channel", "before",      "six-month",
    "for",       "uncertain", "unnamed", "departments"};

inline bool is_keyword(std::string_view word) {
    return std::find(std::begin(keywords), std::end(keywords), word) != std::end(keywords);
}

// The end of an identifier-like word starting at `first` (which must be an identifier start).
template <typename Iterator>
Iterator word_end(Iterator first, Iterator const& last) {
    while (first != last && is_identifier_char(*first))
        ++first;
    return first;
}

// ---- blanks: white space and `#` comments (the skipper) -------------------------------------------------
struct blank_parser : x3::parser<blank_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        Iterator i = first;
        while (i != last) {
            if (is_blank(*i))
                ++i;
            else if (*i == '#')
                while (i != last && *i != '\n')
                    ++i;
            else
                break;
        }
        const bool consumed = i != first;
        first = i;
        return consumed;
    }
};
inline constexpr blank_parser blank{};

// ---- keywords: the word, not followed by an identifier character (`planner` is not `plan`) -------------
template <typename Attribute>
struct keyword_parser : x3::parser<keyword_parser<Attribute>> {
    using attribute_type = Attribute; // unused_type, or std::string to keep the word
    static bool const has_attribute = !std::is_same_v<Attribute, x3::unused_type>;
    std::string_view word;

    constexpr explicit keyword_parser(std::string_view w) : word(w) {}

    template <typename Iterator, typename Context, typename RContext, typename Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr& attr) const {
        x3::skip_over(first, last, context);
        Iterator i = first;
        for (char c : word) {
            if (i == last || *i != c) return false;
            ++i;
        }
        if (i != last && is_identifier_char(*i)) return false;
        if constexpr (has_attribute) x3::traits::move_to(std::string(word), attr);
        first = i;
        return true;
    }
};
constexpr keyword_parser<x3::unused_type> kw(std::string_view word) {
    return keyword_parser<x3::unused_type>(word);
}
constexpr keyword_parser<std::string> kw_text(std::string_view word) {
    return keyword_parser<std::string>(word);
}

// ---- identifiers and paths --------------------------------------------------------------------------------
// A word that is not a keyword. With `dotted`, a path: words joined by '.', as in MT2.CT1.a.
template <bool Dotted>
struct word_parser : x3::parser<word_parser<Dotted>> {
    using attribute_type = std::string;
    static bool const has_attribute = true;

    template <typename Iterator>
    static bool segment(Iterator& i, Iterator const& last) {
        if (i == last || !is_identifier_start(*i)) return false;
        Iterator end = word_end(i, last);
        if (is_keyword(std::string_view(&*i, static_cast<std::size_t>(end - i)))) return false;
        i = end;
        return true;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr& attr) const {
        x3::skip_over(first, last, context);
        Iterator i = first;
        if (!segment(i, last)) return false;
        if constexpr (Dotted) {
            for (;;) {
                Iterator next = i;
                if (next == last || *next != '.') break;
                ++next;
                if (!segment(next, last)) break;
                i = next;
            }
        }
        x3::traits::move_to(std::string(first, i), attr);
        first = i;
        return true;
    }
};
inline constexpr word_parser<false> identifier{};
inline constexpr word_parser<true> path{};

// ---- strings
// ------------------------------------------------------------------------------------------------
// "..." on one line with the escapes \" \\ \n. A string that does not end on its line is an error at the
// opening quote, reported by throwing, like an expectation failure: nothing else could match there.
struct string_parser : x3::parser<string_parser> {
    using attribute_type = std::string;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '"') return false;
        std::string value;
        Iterator i = first;
        for (++i;; ++i) {
            if (i == last || *i == '\n' || *i == '\r')
                throw x3::expectation_failure<Iterator>(first, "unterminated_string");
            const char c = *i;
            if (c == '"') break;
            if (c == '\\') {
                Iterator escape = i++;
                if (i != last && *i == 'n')
                    value += '\n';
                else if (i != last && (*i == '"' || *i == '\\'))
                    value += *i;
                else
                    throw x3::expectation_failure<Iterator>(escape, "bad_escape");
            } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
                throw x3::expectation_failure<Iterator>(i, "control_in_string");
            } else {
                value += c;
            }
        }
        x3::traits::move_to(std::move(value), attr);
        first = ++i;
        return true;
    }
};
inline constexpr string_parser string_literal{};

// ---- numbers
// -------------------------------------------------------------------------------------------------- Digits
// kept as written: `-3`, `42.5`, `2025`. Bounded digit counts keep every value parseable as an int where the
// model needs one; a number glued to a word or a further '.' is not a number.
struct number_parser : x3::parser<number_parser> {
    using attribute_type = std::string;
    static bool const has_attribute = true;
    bool sign;    // an optional leading '-'
    bool decimal; // an optional '.' and fraction
    std::size_t min_digits, max_digits;

    template <typename Iterator, typename Context, typename RContext, typename Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr& attr) const {
        x3::skip_over(first, last, context);
        Iterator i = first;
        if (sign && i != last && *i == '-') ++i;
        auto digits = [&](std::size_t lo, std::size_t hi) {
            std::size_t n = 0;
            while (i != last && is_digit(*i) && n < hi)
                ++i, ++n;
            return n >= lo;
        };
        if (!digits(min_digits, max_digits)) return false;
        if (decimal && i != last && *i == '.' && std::next(i) != last && is_digit(*std::next(i))) {
            ++i;
            if (!digits(1, max_digits)) return false;
        }
        if (i != last && (is_identifier_char(*i) || *i == '.')) return false;
        x3::traits::move_to(std::string(first, i), attr);
        first = i;
        return true;
    }
};
inline constexpr number_parser decimal{{}, true, true, 1, 18};  // target values: -3, 42.5
inline constexpr number_parser integer{{}, true, false, 1, 9};  // grace days
inline constexpr number_parser natural{{}, false, false, 1, 9}; // due +N
inline constexpr number_parser year4{{}, false, false, 4, 4};   // 2025

// Not followed by an identifier character or digit: ends a date or day-month.
struct word_boundary_parser : x3::parser<word_boundary_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        return first == last || !(is_identifier_char(*first) || *first == '/' || *first == '.');
    }
};
inline constexpr word_boundary_parser word_boundary{};

} // namespace oblige::lang::lexical
