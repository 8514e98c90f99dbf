// Parses a file declaration by declaration: a broken declaration becomes one error, and parsing resumes at
// the next declaration (scan::resume_point), so one run reports the errors of the whole file.
#include "lang/parser.hpp"

#include "lang/error_handler.hpp"
#include "lang/grammar.hpp"
#include "lang/scan.hpp"

#include <algorithm>
#include <exception>
#include <set>
#include <string_view>

namespace oblige::lang {

namespace {

namespace x3 = boost::spirit::x3;

constexpr std::size_t max_encoding_errors = 20;

// A file's syntax errors, one per position, and not without end: a file of garbage gets a page of them.
class Errors {
  public:
    static constexpr std::size_t limit = 1000;

    Errors(const SourceFile& source, std::vector<Finding>& out) : source_(source), out_(out) {}

    // False once the limit is reached: the caller stops there.
    bool add(std::size_t offset, SyntaxDetail detail) {
        if (full()) return false;
        if (!reported_.insert(offset).second)
            return true; // a NUL byte is bad encoding and an unexpected token
        if (out_.size() == limit) detail = {"too-many", {}};
        out_.push_back(syntax_finding(source_.locate(offset), std::move(detail)));
        return !full();
    }
    bool full() const { return out_.size() > limit; }

  private:
    const SourceFile& source_;
    std::vector<Finding>& out_;
    std::set<std::size_t> reported_;
};

bool starts_declaration(std::string_view text, std::size_t pos) {
    const scan::Token t = scan::token_at(text, pos);
    return t.kind == scan::TokenKind::word &&
           scan::is_declaration_keyword(text.substr(t.begin, t.end - t.begin));
}

// Parses the declarations of `text` from `pos`, reporting each broken one.
void parse_declarations(std::string_view text, std::size_t pos, ast::File& file, Errors& errors) {
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    grammar::ParseState state{begin, 0};
    const auto skipper = x3::make_context<x3::skipper_tag>(lexical::blank);
    const grammar::context_type context(state, skipper);

    while ((pos = scan::skip_blank(text, pos)) < text.size() && !errors.full()) {
        const std::size_t start = pos;
        if (!starts_declaration(text, start)) {
            errors.add(start, explain_stray(text, start));
            pos = scan::resume_point(text, start, start);
            continue;
        }
        state.indicator_depth = 0;
        const char* first = begin + start;
        ast::Declaration declaration;
        try {
            if (grammar::declaration.parse(first, end, context, x3::unused, declaration) &&
                first > begin + start) {
                file.declarations.push_back(std::move(declaration));
                pos = static_cast<std::size_t>(first - begin);
                continue;
            }
            errors.add(start, explain_stray(text, start)); // cannot happen: every declaration keyword commits
            pos = scan::resume_point(text, start, start);
        } catch (const x3::expectation_failure<grammar::iterator_type>& failure) {
            std::size_t where = static_cast<std::size_t>(failure.where() - begin);
            // X3 fails before skipping the blanks that precede what was expected; point at the thing itself.
            if (failure.which() != "unterminated_string" && failure.which() != "bad_escape")
                where = scan::skip_blank(text, where);
            errors.add(where, explain_failure(failure.which(), text, start, where));
            pos = scan::resume_point(text, start, where);
        }
    }
}

} // namespace

ParseResult parse(const SourceFile& source) {
    ParseResult result;
    Errors errors(source, result.errors);
    const std::string_view text = source.text();
    try {
        for (auto& [offset, detail] : scan::encoding_errors(text, max_encoding_errors))
            errors.add(offset, detail);
        const std::size_t first = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        parse_declarations(text, first, result.file, errors);
    } catch (const std::exception& e) {
        // Out of memory and its like: still a finding, never an escaped exception.
        errors.add(text.size(), {"unparsable", {{"detail.reason", e.what()}}});
    }
    // Encoding errors were found first; list everything in file order.
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const Finding& a, const Finding& b) {
        return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
    return result;
}

} // namespace oblige::lang
