// Escaping text from inputs for the formats that carry it: XML and HTML, one terminal line, a source line
// under a caret, a URI path. One walk over the UTF-8 (an invalid byte is U+FFFD, one per byte, as
// everywhere in the output), one rule per format. JSON's quoting stays in output/json_writer.cpp.
#pragma once

#include <string>
#include <string_view>

namespace oblige {

// For XML element content: & < > escaped. Characters XML 1.0 cannot carry at all (C0 controls other than
// tab, LF and CR; U+FFFE, U+FFFF; invalid UTF-8) become U+FFFD, so the document always parses; CR is
// written `&#13;`, since any parser would normalise a raw one away.
std::string xml_text(std::string_view text);
// For a double-quoted attribute value: also " escaped, and tab/LF as character references so that
// attribute-value normalisation does not turn a multi-line message into one line.
std::string xml_attribute(std::string_view text);

// Text from inputs on one terminal line: a line break typed into a report value must not start a fake
// diagnostic line (`\n`, `\r`), an ESC must not reach the terminal (C0, DEL and C1 as `\x1b`, `\u0085`),
// a tab is one space.
std::string terminal_text(std::string_view text);
// A source line as shown above a caret: tabs kept (the caret's padding keeps them too) and every other
// control character one U+FFFD, so the columns stay where they were.
std::string caret_line(std::string_view text);

// A field of a tab-separated line (a baseline file's code and message): tab, LF and CR each one space.
std::string tsv_field(std::string_view text);

// A path as a relative URI reference (RFC 3986): `\` as `/`, and every byte outside the unreserved set
// and `/` percent-encoded in uppercase hex, so spaces and Vietnamese file names survive.
std::string uri_path(std::string_view path);

} // namespace oblige
