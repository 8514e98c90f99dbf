// What arrived for each expected submission: the earliest receipt decides on-time; later identical ones
// are duplicates. Receipts name report files by number (FileNames), not by a copy of the path.
#pragma once

#include "base/date.hpp"
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
// a national run takes hundreds of thousands, and a path copied into every record was a heap block each.
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

struct Receipt {
    struct Copy {
        std::uint64_t fingerprint = 0; // of the values (checks::report::values_fingerprint)
        Spot where;                    // the first report seen with them
    };
    bool received = false;
    Date submitted; // the earliest submission date seen
    Spot where;     // the report that carried it
    // The first report seen with each set of values: nearly always one, so the first is held inline and
    // the rest, if any, in a map made when a second set arrives (a national plan has hundreds of
    // thousands of receipts: an empty map in each was 40 bytes apiece).
    std::optional<Copy> first_copy;
    std::unique_ptr<std::map<std::uint64_t, Spot>> other_copies;

    // Records a copy with `fingerprint` at `where`; the earlier copy with the same values, or null.
    const Spot* add_copy(std::uint64_t fingerprint, const Spot& where) {
        if (!first_copy) {
            first_copy = Copy{fingerprint, where};
            return nullptr;
        }
        if (first_copy->fingerprint == fingerprint) return &first_copy->where;
        if (!other_copies) other_copies = std::make_unique<std::map<std::uint64_t, Spot>>();
        const auto [it, added] = other_copies->try_emplace(fingerprint, where);
        return added ? nullptr : &it->second;
    }
};

} // namespace oblige::reports
