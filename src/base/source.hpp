// A loaded input file, and where a finding points.
#pragma once

#include "base/line_index.hpp"

#include <cstdint>
#include <optional>
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

// `at` in `file`, for a finding.
inline Location location(std::string_view file, Place at) {
    return Location{std::string(file), static_cast<int>(at.line), static_cast<int>(at.column)};
}

// The text of one input, kept for caret diagnostics and offset → line:col lookups (base/line_index.hpp).
class SourceFile {
  public:
    // `name_under_root`: the path relative to the rules root, which names the file however the run
    // reached it (fingerprints use it); empty when there is no root, and then the path stands in.
    SourceFile(std::string path, std::string text, std::string name_under_root = {});
    // The line index views the text: a SourceFile stays where it was made (shared_ptr everywhere).
    SourceFile(const SourceFile&) = delete;
    SourceFile& operator=(const SourceFile&) = delete;

    const std::string& path() const { return path_; }
    const std::string& name_under_root() const { return name_under_root_.empty() ? path_ : name_under_root_; }
    const std::string& text() const { return text_; }
    Location locate(std::size_t offset) const { return location(path_, lines_.place(offset)); }
    // Line `number` (from 1) without its end of line; nullopt past the last line.
    std::optional<std::string_view> line(int number) const {
        return number > 0 ? lines_.line(static_cast<std::uint32_t>(number)) : std::nullopt;
    }

  private:
    std::string path_;
    std::string text_;
    std::string name_under_root_;
    LineIndex lines_;
};

} // namespace oblige
