// A loaded input file and the mapping from byte offsets to line:column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace oblige {

// Where a finding points. line and column count from 1; 0 means "not known".
// The column counts characters (UTF-8 code points), as editors and compilers do.
struct Location {
    std::string file;
    int line = 0;
    int column = 0;

    bool known() const { return line > 0; }
    std::string text() const; // "file:line:col", "file:line" or "file"
    auto operator<=>(const Location&) const = default;
};

// A line and column in a file known from context: what records of a report file keep instead of a
// Location, so that the path is not copied for every element read (a national run reads millions).
struct Place {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    auto operator<=>(const Place&) const = default;
};

// `at` in `file`, for a finding.
inline Location location(std::string_view file, Place at) {
    return Location{std::string(file), static_cast<int>(at.line), static_cast<int>(at.column)};
}

// The text of one input, kept for caret diagnostics and offset → line:col lookups.
class SourceFile {
  public:
    // `name_under_root`: the path relative to the rules root, which names the file however the run
    // reached it (fingerprints use it); empty when there is no root, and then the path stands in.
    SourceFile(std::string path, std::string text, std::string name_under_root = {});

    const std::string& path() const { return path_; }
    const std::string& name_under_root() const { return name_under_root_.empty() ? path_ : name_under_root_; }
    const std::string& text() const { return text_; }
    Location locate(std::size_t offset) const;
    // The line (without its end-of-line) that contains `offset`.
    std::string_view line_at(std::size_t offset) const;

  private:
    // Code points before byte `offset`: a count kept per 256-byte block makes it O(256), so locating
    // every name on one very long line (10,000 agencies) is not quadratic.
    std::size_t code_points_before(std::size_t offset) const;
    // Code points in the bytes [begin, end), counted one by one; and the same by whichever way is shorter.
    std::size_t code_points_in(std::size_t begin, std::size_t end) const;
    std::size_t code_points_between(std::size_t begin, std::size_t end) const;

    std::string path_;
    std::string text_;
    std::string name_under_root_;
    std::vector<std::uint32_t> line_starts_;
    std::vector<std::uint32_t> code_points_before_block_;
};

} // namespace oblige
