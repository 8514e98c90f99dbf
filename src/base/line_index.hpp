// From a byte offset in an input to the line and column a person reads, and from a line number to the
// line's text: the one rule for both (lines from 1, split at '\n'; a column is 1 + the code points since
// the line's start), with two ways to ask it. LineIndex answers in any order (a plan file: parse errors,
// names, and the text output's source lines); LineCursor answers offsets asked in increasing order
// without allocating (a report file, record after record, read on many threads).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace oblige {

// A line and column in a file known from context: what records of a report file keep instead of a
// Location, so that the path is not copied for every element read (a national run reads millions).
struct Place {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    auto operator<=>(const Place&) const = default;
};

// Over a text that outlives it.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);

    // An offset past the end is taken as the end.
    Place place(std::size_t offset) const;
    // Line `number` without its end of line ('\n' or "\r\n"); nullopt when the text has no such line.
    std::optional<std::string_view> line(std::uint32_t number) const;

  private:
    // Code points in the bytes [begin, end), by whichever of counting them one by one or the per-block
    // counts reads fewer bytes: locating every name on one very long line (10,000 agencies) stays linear.
    std::size_t code_points_between(std::size_t begin, std::size_t end) const;
    std::size_t code_points_before(std::size_t offset) const;

    std::string_view text_;
    std::vector<std::uint32_t> line_starts_;
    std::vector<std::uint32_t> code_points_before_block_;
};

// Over a text that outlives it. Each answer counts on from the last, so a file is read about once; an
// offset before the last answer starts again from the top.
class LineCursor {
  public:
    explicit LineCursor(std::string_view text) : text_(text) {}

    // An offset past the end is taken as the end.
    Place place(std::size_t offset);

  private:
    std::string_view text_;
    std::size_t pos_ = 0; // the last offset answered, and its place
    std::uint32_t line_ = 1, column_ = 1;
};

} // namespace oblige
