// A syntax error said so that every language can word it: which catalogue entry of `syntax` says it
// ("syntax.expected", "syntax.close", ...) and the parts it is filled with (`detail.found`, `detail.kind`,
// ...). The English words become the finding's `detail` (json, fingerprints); --lang vi words it from the
// same parts.
#pragma once

#include "base/finding.hpp"

#include <string>

namespace oblige::lang {

struct SyntaxDetail {
    std::string variant; // "expected" for the catalogue entry "syntax.expected"
    MessageArgs parts;   // `detail.*` args
};

} // namespace oblige::lang
