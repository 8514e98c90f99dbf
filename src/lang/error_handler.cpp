#include "lang/error_handler.hpp"

#include "base/catalogue.hpp"
#include "base/edit_distance.hpp"
#include "lang/grammar.hpp"
#include "lang/lexical.hpp"
#include "lang/scan.hpp"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace oblige::lang {

namespace {

// The catalogue entry that says what a rule of grammar_def.hpp stands for ("expect.due-date": "a date like
// 2025-06-30 ..."); the rule's own text when it has none (the punctuation rules '}' and ',').
std::string expected_id(std::string_view rule) {
    std::string id = "expect." + std::string(rule);
    for (char& c : id)
        if (c == '_') c = '-';
    return message_template(id, Lang::en) ? id : std::string(rule);
}

// The clauses each block allows, for "unknown clause" messages and suggestions.
const std::vector<std::string>* clauses_of(std::string_view kind) {
    static const std::map<std::string_view, std::vector<std::string>> table = {
        {"plan", {"title", "issuer", "issued", "period", "implements", "source"}},
        {"agency", {"under", "until", "successor", "group", "member", "lead", "support", "source"}},
        {"goal", {"indicator", "source"}},
        {"indicator", {"unit", "target", "lead", "support", "source", "indicator"}},
        {"duty",
         {"from", "to", "covers", "yearly", "half-yearly", "six-month", "quarterly", "monthly", "once",
          "grace", "channel", "source"}},
    };
    auto it = table.find(kind);
    return it == table.end() ? nullptr : &it->second;
}

// Keywords quoted, as a Vietnamese sentence can quote them too: 'title', 'issuer'.
std::string quoted_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "'" : ", '") + item + "'";
    return out;
}

// `variant`, or `variant`-suggest with the closest of `candidates` as `detail.suggestion` when one is close.
SyntaxDetail with_suggestion(std::string variant, MessageArgs parts, std::string_view word,
                             const std::vector<std::string>& candidates) {
    const std::string guess = suggest(word, candidates);
    if (guess.empty()) return {std::move(variant), std::move(parts)};
    parts.emplace_back("detail.suggestion", guess);
    return {std::move(variant) + "-suggest", std::move(parts)};
}

// `detail.kind` (said in each language as the catalogue's term) and `detail.label` when the block has one;
// the variant gains "-named" then.
SyntaxDetail in_block(std::string variant, MessageArgs parts, std::string_view kind,
                      const scan::Block& block) {
    parts.emplace_back("detail.kind", std::string(kind));
    if (block.label.empty()) return {std::move(variant), std::move(parts)};
    parts.emplace_back("detail.label", block.label);
    return {std::move(variant) + "-named", std::move(parts)};
}

// Block-closing rules: "indicator_close" → "indicator".
std::string_view closed_kind(std::string_view rule) {
    constexpr std::string_view suffix = "_close";
    if (rule.size() > suffix.size() && rule.substr(rule.size() - suffix.size()) == suffix)
        return rule.substr(0, rule.size() - suffix.size());
    return {};
}

SyntaxDetail explain_close(std::string_view kind, std::string_view text, std::size_t start,
                           std::size_t where) {
    const scan::Block block = scan::enclosing_block(text, start, where);
    const scan::Token t = scan::token_at(text, where);
    const std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (t.kind == scan::TokenKind::end ||
        (t.kind == scan::TokenKind::word && scan::is_declaration_keyword(word)))
        return in_block("close", {}, kind, block);
    const auto* clauses = clauses_of(kind);
    const std::string allowed = clauses ? quoted_list(*clauses) : "";
    if (t.kind == scan::TokenKind::word && clauses)
        return with_suggestion("unknown-clause",
                               {{"detail.word", std::string(word)},
                                {"detail.kind", std::string(kind)},
                                {"detail.allowed", allowed}},
                               word, *clauses);
    MessageArgs parts = found_parts(text, where);
    parts.emplace_back("detail.allowed", allowed);
    return in_block("unexpected-in-block", std::move(parts), kind, block);
}

} // namespace

MessageArgs found_parts(std::string_view text, std::size_t where) {
    const scan::Token t = scan::token_at(text, where);
    std::string_view shown = text.substr(t.begin, t.end - t.begin);
    constexpr std::size_t longest = 40;
    if (shown.size() > longest) {
        std::size_t cut = longest;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
            --cut; // whole characters
        shown = shown.substr(0, cut);
    }
    const auto found = [&](const char* form, std::string token) {
        return MessageArgs{{"detail.found", form}, {"detail.token", std::move(token)}};
    };
    switch (t.kind) {
    case scan::TokenKind::end:
        return {{"detail.found", "found.end"}};
    case scan::TokenKind::word:
        return found(lexical::is_keyword(shown) ? "found.keyword" : "found.token", std::string(shown));
    case scan::TokenKind::string:
        return found("found.string", std::string(shown));
    case scan::TokenKind::number:
        return found("found.token", std::string(shown));
    case scan::TokenKind::other:
        break;
    }
    const unsigned char c = static_cast<unsigned char>(text[where]);
    if (c < 0x20 || c == 0x7F) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        return found("found.byte", hex);
    }
    return found("found.token", std::string(1, static_cast<char>(c)));
}

SyntaxDetail explain_failure(std::string_view rule, std::string_view text, std::size_t start,
                             std::size_t where) {
    if (rule == "unterminated_string") return {"unterminated-string", {}};
    if (rule == "bad_escape") return {"bad-escape", {{"detail.token", std::string(text.substr(where, 2))}}};
    if (rule == "control_in_string") return {"control-in-string", found_parts(text, where)};
    if (rule == "too_deep") return {"too-deep", {{"detail.count", grammar::max_indicator_depth}}};
    if (const std::string_view kind = closed_kind(rule); !kind.empty())
        return explain_close(kind, text, start, where);
    MessageArgs parts{{"detail.expected", expected_id(rule)}};
    for (auto& part : found_parts(text, where))
        parts.push_back(std::move(part));
    return {"expected", std::move(parts)};
}

SyntaxDetail explain_stray(std::string_view text, std::size_t where) {
    static const std::vector<std::string> declarations = {"agency", "duty", "goal", "import", "plan"};
    const scan::Token t = scan::token_at(text, where);
    if (t.kind != scan::TokenKind::word) return {"stray", found_parts(text, where)};
    return with_suggestion("stray", found_parts(text, where), text.substr(t.begin, t.end - t.begin),
                           declarations);
}

Finding syntax_finding(Location where, SyntaxDetail detail) {
    return worded_finding("syntax", std::move(where), std::move(detail.variant), std::move(detail.parts));
}

} // namespace oblige::lang
