// What arrived for each expected submission: the earliest receipt decides on-time. Receipts name
// report files by number (FileNames), not by a copy of the path.
#pragma once

#include "base/date.hpp"
#include "base/index.hpp"
#include "base/source.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::reports {

// A report's place among the files of a run: the file's number in FileNames, and the `<report` tag.
struct Spot {
    std::uint32_t file = 0;
    Place at;
};

// The report files a run has taken, numbered in the order taken, their paths end to end in one string:
// a national run takes hundreds of thousands, and a path copied into every record would be a heap block
// each.
class FileNames {
  public:
    std::uint32_t add(std::string_view path) {
        chars_ += path;
        ends_.push_back(chars_.size());
        return static_cast<std::uint32_t>(ends_.size() - 1);
    }
    std::string_view operator[](std::uint32_t file) const {
        const std::size_t begin = file == 0 ? 0 : ends_[file - 1];
        return std::string_view(chars_).substr(begin, ends_[file] - begin);
    }
    Location location(const Spot& s) const { return oblige::location((*this)[s.file], s.at); }

  private:
    std::string chars_;
    std::vector<std::size_t> ends_;
};

// What arrived for one expected submission. `received` is known as reports are taken (matching prefers
// an expectation not yet received); the rest is settled once all files are in, the earliest submission
// first, ties broken by file path and place, so reading order cannot change it.
struct Receipt {
    bool received = false;
    Date submitted;     // the earliest submission date
    Spot where;         // the report that carried it
    AgencyIndex sender; // the agency that sent it
};

} // namespace oblige::reports
