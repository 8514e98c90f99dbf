#include "base/source.hpp"

#include <algorithm>

namespace oblige {

std::string Location::text() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (line > 0 && column > 0) out += ":" + std::to_string(column);
    return out;
}

namespace {
constexpr std::size_t block_size = 256;
bool starts_code_point(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // not a UTF-8 continuation byte
}
} // namespace

SourceFile::SourceFile(std::string path, std::string text, std::string name_under_root)
    : path_(std::move(path)), text_(std::move(text)), name_under_root_(std::move(name_under_root)) {
    line_starts_.push_back(0);
    code_points_before_block_.reserve(text_.size() / block_size + 1);
    std::uint32_t code_points = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (i % block_size == 0) code_points_before_block_.push_back(code_points);
        if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
        code_points += starts_code_point(text_[i]);
    }
    code_points_before_block_.push_back(code_points); // the block at text_.size(), when it starts one
}

std::size_t SourceFile::code_points_in(std::size_t begin, std::size_t end) const {
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i)
        n += starts_code_point(text_[i]);
    return n;
}

std::size_t SourceFile::code_points_before(std::size_t offset) const {
    const std::size_t block = offset / block_size;
    return code_points_before_block_[block] + code_points_in(block * block_size, offset);
}

std::size_t SourceFile::code_points_between(std::size_t begin, std::size_t end) const {
    // Most lines are shorter than a block: counting from the line's start reads fewer bytes than counting
    // from the blocks' starts for both ends.
    if (end - begin <= block_size) return code_points_in(begin, end);
    return code_points_before(end) - code_points_before(begin);
}

Location SourceFile::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    const std::size_t start = line_starts_[line_index];
    const auto column = static_cast<int>(1 + code_points_between(start, offset));
    return Location{path_, static_cast<int>(line_index + 1), column};
}

std::string_view SourceFile::line_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t start = *(it - 1);
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) end = text_.size();
    if (end > start && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(start, end - start);
}

} // namespace oblige
