#include "lang/scan.hpp"

#include "lang/lexical.hpp"

#include <cstdio>

namespace oblige::lang::scan {

using lexical::is_blank;
using lexical::is_digit;
using lexical::is_identifier_char;
using lexical::is_identifier_start;

std::size_t skip_blank(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        if (is_blank(text[pos]))
            ++pos;
        else if (text[pos] == '#')
            while (pos < text.size() && text[pos] != '\n')
                ++pos;
        else
            break;
    }
    return pos;
}

Token token_at(std::string_view text, std::size_t pos) {
    Token t{TokenKind::end, pos, pos};
    if (pos >= text.size()) return t;
    const char c = text[pos];
    std::size_t i = pos + 1;
    if (is_identifier_start(c)) {
        t.kind = TokenKind::word;
        while (i < text.size() && is_identifier_char(text[i]))
            ++i;
    } else if (c == '"') {
        t.kind = TokenKind::string;
        while (i < text.size() && text[i] != '"' && text[i] != '\n' && text[i] != '\r')
            i += text[i] == '\\' ? 2 : 1;
        i = std::min(text.size(), i + (i < text.size() && text[i] == '"'));
    } else if (is_digit(c) || ((c == '-' || c == '+') && pos + 1 < text.size() && is_digit(text[pos + 1]))) {
        t.kind = TokenKind::number; // with what is glued to it: 2021-1-25, 10/12, 1,7 stops at ','
        while (i < text.size() && (is_identifier_char(text[i]) || text[i] == '.' || text[i] == '/'))
            ++i;
    } else {
        t.kind = TokenKind::other;
    }
    t.end = i;
    return t;
}

std::vector<Span> comments(std::string_view text) {
    std::vector<Span> found;
    for (std::size_t pos = 0; pos < text.size();) {
        if (text[pos] == '#') {
            const std::size_t end = std::min(text.find('\n', pos), text.size());
            found.push_back({pos, end});
            pos = end;
        } else if (is_blank(text[pos])) {
            ++pos;
        } else {
            pos = token_at(text, pos).end; // a string token runs to its closing quote
        }
    }
    return found;
}

bool is_declaration_keyword(std::string_view word) {
    return word == "import" || word == "plan" || word == "agency" || word == "goal" || word == "duty";
}

namespace {

// Walks the tokens of [start, stop), tracking brace depth and whether a token begins its line.
template <typename Visit>
void walk(std::string_view text, std::size_t start, std::size_t stop, Visit&& visit) {
    std::size_t pos = start;
    bool line_start = start == 0 || text[start - 1] == '\n';
    long depth = 0;
    while (pos < stop) {
        std::size_t next = pos;
        while (next < text.size() && (is_blank(text[next]) || text[next] == '#')) {
            if (text[next] == '#')
                while (next < text.size() && text[next] != '\n')
                    ++next;
            else
                line_start |= text[next++] == '\n';
        }
        if (next >= stop) return;
        const Token t = token_at(text, next);
        if (visit(t, depth, line_start)) return;
        if (t.kind == TokenKind::other && text[t.begin] == '{') ++depth;
        if (t.kind == TokenKind::other && text[t.begin] == '}' && depth > 0) --depth;
        line_start = false;
        pos = t.end;
    }
}

std::string_view token_text(std::string_view text, const Token& t) {
    return text.substr(t.begin, t.end - t.begin);
}

} // namespace

std::size_t resume_point(std::string_view text, std::size_t start, std::size_t error) {
    std::size_t found = text.size();
    bool closed = false; // the previous token was the '}' that closed the broken declaration
    walk(text, start, text.size(), [&](const Token& t, long depth, bool line_start) {
        const bool after = t.begin > start && t.begin >= error;
        const bool keyword = t.kind == TokenKind::word && is_declaration_keyword(token_text(text, t));
        if (after &&
            ((keyword && (line_start || (depth == 0 && t.begin > error))) || (closed && t.begin > error))) {
            found = t.begin;
            return true;
        }
        closed = depth == 1 && t.kind == TokenKind::other && text[t.begin] == '}';
        return false;
    });
    return found;
}

Block enclosing_block(std::string_view text, std::size_t start, std::size_t error) {
    std::vector<Block> open;
    Block pending;
    bool want_label = false;
    walk(text, start, error, [&](const Token& t, long, bool) {
        const std::string_view word = token_text(text, t);
        if (t.kind == TokenKind::word &&
            (word == "plan" || word == "agency" || word == "goal" || word == "indicator" || word == "duty")) {
            pending = Block{std::string(word), ""};
            want_label = true;
        } else if (want_label && (t.kind == TokenKind::word || t.kind == TokenKind::string)) {
            pending.label = t.kind == TokenKind::string
                                ? std::string(word.substr(1, word.size() >= 2 ? word.size() - 2 : 0))
                                : std::string(word);
            want_label = false;
        } else if (t.kind == TokenKind::other && word == "{") {
            open.push_back(pending);
            pending = Block{};
            want_label = false;
        } else if (t.kind == TokenKind::other && word == "}" && !open.empty()) {
            open.pop_back();
        } else {
            want_label = false;
        }
        return false;
    });
    return open.empty() ? Block{} : open.back();
}

std::vector<std::pair<std::size_t, SyntaxDetail>> encoding_errors(std::string_view text, std::size_t limit) {
    std::vector<std::pair<std::size_t, SyntaxDetail>> errors;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    auto report = [&](std::size_t at, SyntaxDetail detail) {
        if (errors.size() < limit) errors.emplace_back(at, std::move(detail));
    };
    for (std::size_t i = 0; i < text.size() && errors.size() < limit;) {
        const unsigned char c = byte(i);
        if (c == 0) {
            report(i, {"nul-byte", {}});
            ++i;
            continue;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80,
                      high = 0xBF; // the allowed range of the second byte (no overlongs, no surrogates)
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c == 0xE0)
            length = 3, low = 0xA0;
        else if (c >= 0xE1 && c <= 0xEC)
            length = 3;
        else if (c == 0xED)
            length = 3, high = 0x9F;
        else if (c >= 0xEE && c <= 0xEF)
            length = 3;
        else if (c == 0xF0)
            length = 4, low = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            length = 4;
        else if (c == 0xF4)
            length = 4, high = 0x8F;
        bool ok = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; ok && k < length; ++k) {
            const unsigned char b = byte(i + k);
            ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
        }
        if (ok) {
            i += length;
            continue;
        }
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        report(i, {"invalid-utf8", {{"detail.token", hex}}});
        // One report per run of non-ASCII bytes: the rest of a broken run adds nothing.
        ++i;
        while (i < text.size() && byte(i) >= 0x80)
            ++i;
    }
    return errors;
}

} // namespace oblige::lang::scan
