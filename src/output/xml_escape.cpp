#include "output/xml_escape.hpp"

#include "base/utf8.hpp"

namespace oblige::output {

namespace {
std::string escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(text, pos);
        switch (cp) {
        case '&':
            out += "&amp;";
            continue;
        case '<':
            out += "&lt;";
            continue;
        case '>':
            out += "&gt;";
            continue;
        case '"':
            out += attribute ? "&quot;" : "\"";
            continue;
        case '\t':
            out += attribute ? "&#9;" : "\t";
            continue;
        case '\n':
            out += attribute ? "&#10;" : "\n";
            continue;
        case '\r':
            out += "&#13;";
            continue; // a raw CR would be normalised away by any parser
        default:
            break;
        }
        if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF || cp == replacement_char)
            append_utf8(out, replacement_char); // not allowed in XML 1.0, or invalid UTF-8
        else
            out.append(text.substr(start, pos - start));
    }
    return out;
}
} // namespace

std::string xml_text(std::string_view text) {
    return escape(text, false);
}
std::string xml_attribute(std::string_view text) {
    return escape(text, true);
}

} // namespace oblige::output
