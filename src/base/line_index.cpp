#include "base/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace oblige {

namespace {

constexpr std::size_t block_size = 256;

bool starts_code_point(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // not a UTF-8 continuation byte
}

std::size_t code_points_in(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i)
        n += starts_code_point(text[i]);
    return n;
}

} // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    code_points_before_block_.reserve(text_.size() / block_size + 2);
    std::uint32_t code_points = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (i % block_size == 0) code_points_before_block_.push_back(code_points);
        if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
        code_points += starts_code_point(text_[i]);
    }
    code_points_before_block_.push_back(code_points); // the block at text_.size(), when it starts one
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
    const std::size_t block = offset / block_size;
    return code_points_before_block_[block] + code_points_in(text_, block * block_size, offset);
}

std::size_t LineIndex::code_points_between(std::size_t begin, std::size_t end) const {
    // Most lines are shorter than a block: counting from the line's start reads fewer bytes than counting
    // from the blocks' starts for both ends.
    if (end - begin <= block_size) return code_points_in(text_, begin, end);
    return code_points_before(end) - code_points_before(begin);
}

Place LineIndex::place(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    const std::size_t start = line_starts_[line_index];
    return Place{static_cast<std::uint32_t>(line_index + 1),
                 static_cast<std::uint32_t>(1 + code_points_between(start, offset))};
}

std::optional<std::string_view> LineIndex::line(std::uint32_t number) const {
    if (number == 0 || number > line_starts_.size()) return std::nullopt;
    const std::size_t start = line_starts_[number - 1];
    std::size_t end = number < line_starts_.size() ? line_starts_[number] - 1 : text_.size();
    if (end > start && text_[end - 1] == '\r') --end;
    return text_.substr(start, end - start);
}

Place LineCursor::place(std::size_t offset) {
    offset = std::min(offset, text_.size());
    if (offset < pos_) pos_ = 0, line_ = 1, column_ = 1;
    const char* data = text_.data();
    // From line end to line end with memchr; code points are counted on the last line only.
    while (const void* newline = pos_ < offset ? std::memchr(data + pos_, '\n', offset - pos_) : nullptr) {
        pos_ = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
        ++line_, column_ = 1;
    }
    column_ += static_cast<std::uint32_t>(code_points_in(text_, pos_, offset));
    pos_ = offset;
    return Place{line_, column_};
}

} // namespace oblige
