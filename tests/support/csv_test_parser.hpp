// An RFC 4180 reader for the output tests: splits csv text into records, checking the quoting on the way.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace oblige::output::test {

// Splits RFC 4180 text into records of fields, checking the quoting on the way.
inline std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            REQUIRE(field.empty()); // a quote only opens a field
            quoted = was_quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear(), was_quoted = false;
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n'); // CRLF only
            rows.back().push_back(field), field.clear(), was_quoted = false;
            rows.emplace_back();
            ++i;
        } else {
            REQUIRE(c != '\n'); // a bare LF outside quotes
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.empty());
    REQUIRE(rows.back().empty());
    rows.pop_back();
    (void)was_quoted;
    return rows;
}

} // namespace oblige::output::test
