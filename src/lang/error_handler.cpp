#include "lang/error_handler.hpp"

#include "base/edit_distance.hpp"
#include "lang/grammar.hpp"
#include "lang/lexical.hpp"
#include "lang/scan.hpp"

#include <cstdio>
#include <map>
#include <vector>

namespace oblige::lang {

namespace {

const std::map<std::string_view, std::string_view>& words() {
    static const std::map<std::string_view, std::string_view> table = {
        {"agency_id", "an agency id like SNV"},
        {"agency_ref", "an agency id like SNV"},
        {"goal_id", "a goal id like MT2"},
        {"indicator_id", "an indicator id like CT1"},
        {"unit_name", "a unit (percent, ratio, count, rate, yesno or text)"},
        {"indicator_path", "an indicator path like MT2.CT1"},
        {"plan_id", "the plan's id in quotes, like \"11983/UBND-KGVX\""},
        {"title_text", "the plan's title in quotes"},
        {"agency_name", "the agency's name in quotes"},
        {"goal_title", "the goal's title in quotes"},
        {"indicator_title", "the indicator's title in quotes"},
        {"duty_name", "the duty's name in quotes, like \"Báo cáo năm\""},
        {"source_text", "the source in quotes, like \"II.2.a\""},
        {"channel_text", "the channel in quotes, like \"email:vanthu@example.gov.vn\""},
        {"import_path", "the imported file's path in quotes"},
        {"implemented_plan", "the implemented plan's id in quotes"},
        {"role_qualifier", "a role qualifier in quotes, like \"theo nhiệm vụ phân cấp quản lý cán bộ\""},
        {"date", "a date like 2025-12-31"},
        {"due_date", "a date like 2025-06-30 (or before 2025-06-30) after 'due'"},
        {"due_day", "a day-month like 10/12 (or before 10/12) after 'due'"},
        {"day_month", "a day-month like 10/12"},
        {"heir", "an agency id like SNV"},
        {"successor_for",
         "'for' and indicator paths (successor SYT for MT3.CT2); the heir of the whole agency is written "
         "'until DATE successor X'"},
        {"to_whom", "agency ids or 'unnamed' after 'to'"},
        {"second_due_day", "',' and a second day-month (half-yearly is due twice: due 20/5, 25/11)"},
        {"year", "a year like 2025"},
        {"days", "a whole number of days"},
        {"offset_days", "a number of days like +15 after 'due'"},
        {"comparison", "a comparison (>=, >, <=, < or =)"},
        {"target_value", "a target value (a number, yes or no)"},
        {"target_when", "'by' or 'from' and a year"},
        {"from_whom", "'leads', 'all' or agency ids after 'from'"},
        {"covers_what", "'own', 'all', 'narrative' or indicator paths after 'covers'"},
        {"agency_list", "an agency id like SNV"},
        {"agency_ref_list", "an agency id like SNV"},
        {"indicator_list", "an indicator path like MT2.CT1"},
        {"period_to", "'to' between the years, as in period 2021 to 2025"},
        {"plan_open", "'{' to open the plan"},
        {"goal_open", "'{' to open the goal"},
        {"indicator_open", "'{' to open the indicator"},
        {"duty_open", "'{' to open the duty"},
        {"'}'", "'}'"},
        {"','", "','"},
    };
    return table;
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

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string hint(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string guess = suggest(word, candidates);
    return guess.empty() ? "" : "; did you mean '" + guess + "'?";
}

// Block-closing rules: "indicator_close" → "indicator".
std::string_view closed_kind(std::string_view rule) {
    constexpr std::string_view suffix = "_close";
    if (rule.size() > suffix.size() && rule.substr(rule.size() - suffix.size()) == suffix)
        return rule.substr(0, rule.size() - suffix.size());
    return {};
}

std::string explain_close(std::string_view kind, std::string_view text, std::size_t start,
                          std::size_t where) {
    const scan::Block block = scan::enclosing_block(text, start, where);
    const std::string name =
        block.label.empty() ? std::string(kind) : std::string(kind) + " \"" + block.label + "\"";
    const scan::Token t = scan::token_at(text, where);
    const std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (t.kind == scan::TokenKind::end ||
        (t.kind == scan::TokenKind::word && scan::is_declaration_keyword(word)))
        return "expected '}' to close " + name;
    const auto* clauses = clauses_of(kind);
    const std::string allowed = clauses ? join(*clauses) : "";
    if (t.kind == scan::TokenKind::word && clauses)
        return "unknown clause '" + std::string(word) + "' in " + std::string(kind) +
               "; expected one of: " + allowed + hint(word, *clauses);
    return "unexpected " + describe_found(text, where) + " in " + name + "; expected a clause (" + allowed +
           ") or '}'";
}

} // namespace

std::string expected_words(std::string_view rule) {
    auto it = words().find(rule);
    return std::string(it == words().end() ? rule : it->second);
}

std::string describe_found(std::string_view text, std::size_t where) {
    const scan::Token t = scan::token_at(text, where);
    std::string_view shown = text.substr(t.begin, t.end - t.begin);
    constexpr std::size_t longest = 40;
    if (shown.size() > longest) {
        std::size_t cut = longest;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
            --cut; // whole characters
        shown = shown.substr(0, cut);
    }
    switch (t.kind) {
    case scan::TokenKind::end:
        return "end of file";
    case scan::TokenKind::word:
        return lexical::is_keyword(shown) ? "keyword '" + std::string(shown) + "' (keywords are reserved)"
                                          : "'" + std::string(shown) + "'";
    case scan::TokenKind::string:
        return "a string " + std::string(shown);
    case scan::TokenKind::number:
        return "'" + std::string(shown) + "'";
    case scan::TokenKind::other:
        break;
    }
    const unsigned char c = static_cast<unsigned char>(text[where]);
    if (c < 0x20 || c == 0x7F) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        return std::string("byte ") + hex;
    }
    return "'" + std::string(1, static_cast<char>(c)) + "'";
}

std::string explain_failure(std::string_view rule, std::string_view text, std::size_t start,
                            std::size_t where) {
    if (rule == "unterminated_string")
        return "unterminated string: a string must end with '\"' on the line it starts";
    if (rule == "bad_escape")
        return "unknown escape '" + std::string(text.substr(where, 2)) +
               "' in a string; use \\\", \\\\ or \\n";
    if (rule == "control_in_string") return describe_found(text, where) + " inside a string";
    if (rule == "too_deep")
        return "indicators nested more than " + std::to_string(grammar::max_indicator_depth) + " deep";
    if (const std::string_view kind = closed_kind(rule); !kind.empty())
        return explain_close(kind, text, start, where);
    return "expected " + expected_words(rule) + ", found " + describe_found(text, where);
}

std::string explain_stray(std::string_view text, std::size_t where) {
    static const std::vector<std::string> declarations = {"agency", "duty", "goal", "import", "plan"};
    std::string message =
        "expected a declaration (import, plan, agency, goal or duty), found " + describe_found(text, where);
    const scan::Token t = scan::token_at(text, where);
    if (t.kind == scan::TokenKind::word) message += hint(text.substr(t.begin, t.end - t.begin), declarations);
    return message;
}

} // namespace oblige::lang
