#include "plan/documents.hpp"

#include "lang/import_path.hpp"
#include "lang/parser.hpp"

#include <boost/variant/get.hpp>

#include <algorithm>
#include <optional>
#include <set>

namespace oblige::plan {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The first `source` among `clauses` in the order written, looking into nested indicators where they
// stand.
std::optional<std::string> first_source(const std::vector<ast::IndicatorClause>& clauses);

template <class Clauses>
std::optional<std::string> first_source_of(const Clauses& clauses) {
    for (const auto& c : clauses) {
        if (const auto* s = boost::get<ast::SourceClause>(&c.get())) return s->text.value;
        if constexpr (std::is_same_v<Clauses, std::vector<ast::GoalClause>>) {
            if (const auto* ind = boost::get<ast::IndicatorDecl>(&c.get()))
                if (auto found = first_source(ind->clauses)) return found;
        } else if constexpr (std::is_same_v<Clauses, std::vector<ast::IndicatorClause>>) {
            if (const auto* part = boost::get<boost::spirit::x3::forward_ast<ast::IndicatorDecl>>(&c.get()))
                if (auto found = first_source(part->get().clauses)) return found;
        }
    }
    return std::nullopt;
}

std::optional<std::string> first_source(const std::vector<ast::IndicatorClause>& clauses) {
    return first_source_of(clauses);
}

} // namespace

std::string_view leading_document(std::string_view source) {
    const std::string_view lead = trimmed(source.substr(0, source.find_first_of(",;")));
    return lead.find('/') == std::string_view::npos ? std::string_view{} : lead;
}

bool opens_with_document(std::string_view source, std::string_view document) {
    if (document.empty() || source.substr(0, document.size()) != document) return false;
    if (source.size() == document.size()) return true;
    const char next = source[document.size()];
    return next == ',' || next == ';' || next == ' ' || next == '(';
}

std::string library_document(const ast::File& library) {
    for (const auto& decl : library.declarations) {
        std::optional<std::string> source;
        if (const auto* a = boost::get<ast::AgencyDecl>(&decl.get())) source = first_source_of(a->clauses);
        if (const auto* g = boost::get<ast::GoalDecl>(&decl.get())) source = first_source_of(g->clauses);
        if (const auto* d = boost::get<ast::DutyDecl>(&decl.get())) source = first_source_of(d->clauses);
        if (source) return std::string(leading_document(*source));
    }
    return {};
}

std::vector<std::string> citable_documents(const Program& program, const Plan& plan) {
    std::vector<std::string> documents{plan.id};
    const auto add = [&](std::string document) {
        if (!document.empty() && std::find(documents.begin(), documents.end(), document) == documents.end())
            documents.push_back(std::move(document));
    };
    std::set<std::string> seen{plan.file};
    std::vector<std::string> pending{plan.file};
    for (std::size_t next = 0; next < pending.size(); ++next) { // breadth first: in the order written
        const std::string file = pending[next];
        const SourceFile* source = program.source(file);
        if (!source) continue;
        for (const auto& decl : lang::parse(*source).file.declarations) {
            const auto* import = boost::get<ast::Import>(&decl.get());
            if (!import) continue;
            const std::string path = lang::imported_path(file, import->path.value);
            const SourceFile* imported = program.source(path);
            if (!imported || !seen.insert(path).second) continue;
            const ast::File ast = lang::parse(*imported).file;
            bool is_plan = false;
            for (const auto& d : ast.declarations)
                if (const auto* p = boost::get<ast::PlanDecl>(&d.get())) is_plan = true, add(p->id.value);
            if (!is_plan) add(library_document(ast));
            pending.push_back(path);
        }
    }
    return documents;
}

} // namespace oblige::plan
