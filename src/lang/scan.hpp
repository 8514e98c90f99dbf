// A rough token scanner over raw `.obl` text, for what the grammar cannot say by itself: where to resume
// after a broken declaration, which block an error is in, what was found instead, and bad encoding.
#pragma once

#include "lang/syntax_detail.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oblige::lang::scan {

enum class TokenKind { end, word, string, number, other };

struct Token {
    TokenKind kind = TokenKind::end;
    std::size_t begin = 0, end = 0; // byte offsets; a string that does not close ends at its line's end
};

// The first offset at or after `pos` that is not white space or inside a comment.
std::size_t skip_blank(std::string_view text, std::size_t pos);
// The token starting at `pos` (which should not be blank).
Token token_at(std::string_view text, std::size_t pos);
bool is_declaration_keyword(std::string_view word); // import plan agency goal duty

// The `#` comments of `text`, each as [begin, end) byte offsets from its `#` to its line's end: a `#`
// inside a string literal is part of the string, as the grammar reads it.
struct Span {
    std::size_t begin = 0, end = 0;
};
std::vector<Span> comments(std::string_view text);

// Where parsing resumes after an error at `error` in the declaration that starts at `start`: the next
// declaration keyword at or after the error that begins a line, or that follows the broken declaration's
// closing '}' (brace depth 0). Always greater than `start`; text.size() when there is none.
std::size_t resume_point(std::string_view text, std::size_t start, std::size_t error);

// The innermost block open at `error`, in the declaration that starts at `start`: its keyword ("goal",
// "indicator", ...) and its label (the id, or the string for plans and duties); empty when none is open.
struct Block {
    std::string kind, label;
};
Block enclosing_block(std::string_view text, std::size_t start, std::size_t error);

// Invalid UTF-8 and NUL bytes: (offset, what is wrong) for each, at most `limit` of them.
std::vector<std::pair<std::size_t, SyntaxDetail>> encoding_errors(std::string_view text, std::size_t limit);

} // namespace oblige::lang::scan
