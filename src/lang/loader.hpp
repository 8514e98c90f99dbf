// Loads the `.obl` files named on the command line and everything they import, each file once.
#pragma once

#include "base/finding.hpp"
#include "base/source.hpp"
#include "lang/ast.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace oblige::lang {

struct LoadedFile {
    std::shared_ptr<const SourceFile> source;
    ast::File ast;
    std::vector<std::size_t> imports; // indices into LoadedProgram::files, in the order written
    bool has_plan = false;            // a file with a `plan` block is a plan; otherwise a library
};

struct LoadedProgram {
    std::vector<LoadedFile> files;    // entries first in command-line order, then imports as discovered
    std::vector<std::size_t> entries; // the files named on the command line
    std::vector<Finding> findings;    // syntax, bad-import (unreadable, escaping the root, cycle)
};

struct LoadOptions {
    // Imports may not leave this folder. Default: the nearest enclosing folder named `rules`,
    // else the folder of the entry file.
    std::optional<std::string> root;
};

// Import paths are relative to the importing file. A path that cannot be read at all is a finding
// (bad-import) on the import, or on the entry itself (location = the path, no line).
LoadedProgram load(const std::vector<std::string>& paths, const LoadOptions& options = {});

// Files named on the command line that cannot be read at all (usage-level failure, exit status 2).
bool entry_unreadable(const LoadedProgram& program);

} // namespace oblige::lang
