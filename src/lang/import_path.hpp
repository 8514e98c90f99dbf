// How an import is shown: the path the user wrote for the importing file, joined with the path the import
// writes, made lexically normal ("rules/khanh-hoa/../national/agencies.obl" → "rules/national/agencies.obl").
#pragma once

#include <string>
#include <string_view>

namespace oblige::lang {

std::string imported_path(std::string_view importing_file, std::string_view written);

} // namespace oblige::lang
