// Edit distance and "did you mean …?" suggestions for misspelt names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oblige {

// Levenshtein distance over bytes, giving up (returning max_distance + 1) once it exceeds max_distance.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

// The candidate closest to `name`, if it is close enough to be a likely typo; empty otherwise.
// Ties go to the smallest candidate, so the suggestion is deterministic.
std::string suggest(std::string_view name, const std::vector<std::string>& candidates);

} // namespace oblige
