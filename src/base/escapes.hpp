// Escaping text for XML 1.0 (the JUnit output): markup characters as entities, and characters XML cannot
// carry at all (most C0 controls, invalid UTF-8) replaced by U+FFFD so the document always parses.
#pragma once

#include <string>
#include <string_view>

namespace oblige::output {

// For element content: & < > escaped.
std::string xml_text(std::string_view text);
// For a double-quoted attribute value: also " escaped, and tab/LF/CR as character references so that
// attribute-value normalisation does not turn a multi-line message into one line.
std::string xml_attribute(std::string_view text);

} // namespace oblige::output
