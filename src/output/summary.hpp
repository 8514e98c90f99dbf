// The counts every format ends with: findings by severity and by code.
#pragma once

#include "base/finding.hpp"

#include <map>
#include <string>
#include <vector>

namespace oblige::output {

struct Summary {
    int findings = 0;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    std::map<std::string, int> by_code; // sorted by code
};

Summary summarize(const std::vector<Finding>& findings);

} // namespace oblige::output
