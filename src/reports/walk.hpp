// Finds the report files under the paths given to `check --reports`: files as named, directories walked.
#pragma once

#include "base/finding.hpp"

#include <string>
#include <vector>

namespace oblige::reports {

struct ReportFiles {
    std::vector<std::string> files; // each path's files sorted by path bytes; paths in the order given;
                                    // each file once, under the first spelling met in that order
    std::vector<Finding> findings;  // unreadable-input: a subfolder that could not be listed
    std::vector<Finding> errors;    // usage-level unreadable-input: a path that does not exist, a directory
                                    // without XML
};

// A named file is taken whatever its extension; in a directory only `*.xml` (any case) counts.
// Symbolic links to directories inside a walk are not followed (no loops, no escapes); links to
// files are. A file reached twice (the same folder given as `r` and `./r`, a folder and a file inside it,
// a link to a file that is read anyway) is read once: files are told apart by their canonical path.
ReportFiles collect_report_files(const std::vector<std::string>& paths);

} // namespace oblige::reports
