// Parses the text of one `.obl` file into its syntax tree, recovering from errors to report several.
#pragma once

#include "base/finding.hpp"
#include "base/source.hpp"
#include "lang/ast.hpp"

#include <vector>

namespace oblige::lang {

struct ParseResult {
    ast::File file;              // every declaration that parsed; a broken one is skipped, not guessed
    std::vector<Finding> errors; // code "syntax" (args: detail), positioned; empty when the file is clean
};

// Never throws, never reads anything but `source`. A UTF-8 BOM is skipped; invalid UTF-8 is a syntax error
// at its position.
ParseResult parse(const SourceFile& source);

} // namespace oblige::lang
