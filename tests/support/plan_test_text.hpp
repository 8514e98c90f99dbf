// For tests: the plan model of one `.obl` text, built as `oblige` builds a file (parse errors included).
#pragma once

#include "lang/parser.hpp"
#include "plan/builder.hpp"

#include <memory>
#include <string>

namespace oblige::plan::testing {

inline Program build_text(const std::string& text) {
    auto source = std::make_shared<const SourceFile>("t.obl", text);
    lang::ParseResult parsed = lang::parse(*source);
    lang::LoadedProgram loaded;
    loaded.files.push_back(lang::LoadedFile{source, std::move(parsed.file), {}, true});
    loaded.entries = {0};
    loaded.findings = std::move(parsed.errors);
    return build(std::move(loaded));
}

} // namespace oblige::plan::testing
