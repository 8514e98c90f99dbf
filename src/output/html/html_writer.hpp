// Writing XHTML-compatible HTML: every element closed, void elements self-closed, every text and
// attribute escaped, so a browser reads the page as HTML and an XML parser (the tests) reads it too.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oblige::output {

using HtmlAttributes = std::vector<std::pair<std::string_view, std::string>>;

class HtmlWriter {
  public:
    explicit HtmlWriter(std::string& out) : out_(out) {}

    void open(std::string_view tag, const HtmlAttributes& attributes = {});
    void close();           // the innermost open element
    void close(int levels); // that many of the innermost open elements
    void empty(std::string_view tag, const HtmlAttributes& attributes = {}); // <br/>, <meta/>
    void text(std::string_view text);
    // open + text + close.
    void element(std::string_view tag, std::string_view text, const HtmlAttributes& attributes = {});
    // Trusted markup or code written by this program (CSS, the script), never from inputs.
    void raw(std::string_view markup) { out_ += markup; }
    void newline() { out_ += '\n'; }

  private:
    void start(std::string_view tag, const HtmlAttributes& attributes);
    std::string& out_;
    std::vector<std::string> open_;
};

// An id usable in HTML and CSS from any text: letters, digits and '-' kept, anything else as '_' + hex.
std::string html_id(std::string_view prefix, std::string_view text);

} // namespace oblige::output
