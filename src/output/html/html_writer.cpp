#include "output/html/html_writer.hpp"

#include "base/digits.hpp"
#include "base/escapes.hpp"

namespace oblige::output {

void HtmlWriter::start(std::string_view tag, const HtmlAttributes& attributes) {
    out_ += '<';
    out_ += tag;
    for (const auto& [name, value] : attributes) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        out_ += xml_attribute(value);
        out_ += '"';
    }
}

void HtmlWriter::open(std::string_view tag, const HtmlAttributes& attributes) {
    start(tag, attributes);
    out_ += '>';
    open_.emplace_back(tag);
}

void HtmlWriter::close() {
    if (open_.empty()) return;
    out_ += "</" + open_.back() + ">";
    open_.pop_back();
}

void HtmlWriter::close(int levels) {
    for (int i = 0; i < levels; ++i)
        close();
}

void HtmlWriter::empty(std::string_view tag, const HtmlAttributes& attributes) {
    start(tag, attributes);
    out_ += "/>";
}

void HtmlWriter::text(std::string_view text) {
    out_ += xml_text(text);
}

void HtmlWriter::element(std::string_view tag, std::string_view text, const HtmlAttributes& attributes) {
    open(tag, attributes);
    this->text(text);
    close();
}

std::string html_id(std::string_view prefix, std::string_view text) {
    std::string id(prefix);
    for (const unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')
            id += static_cast<char>(c);
        else {
            id += '_';
            append_hex_byte(id, c);
        }
    }
    return id;
}

} // namespace oblige::output
