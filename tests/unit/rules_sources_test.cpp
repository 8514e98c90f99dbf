// Every declaration in rules/ says which section of its seed text it comes from (`source "…"`), so that a
// finding can send a policy officer to the sentence behind it.
#include "lang/loader.hpp"

#include <boost/variant/get.hpp>
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace oblige;

namespace {

template <class Clauses>
bool has_source(const Clauses& clauses) {
    for (const auto& c : clauses)
        if (const auto* s = boost::get<ast::SourceClause>(&c.get())) return !s->text.value.empty();
    return false;
}

void check_indicator(const ast::IndicatorDecl& ind, const std::string& where,
                     std::vector<std::string>& missing) {
    if (!has_source(ind.clauses)) missing.push_back(where + ": indicator " + ind.id.text);
    for (const auto& c : ind.clauses)
        if (const auto* part = boost::get<boost::spirit::x3::forward_ast<ast::IndicatorDecl>>(&c.get()))
            check_indicator(part->get(), where, missing);
}

} // namespace

TEST_CASE("every declaration in rules/ cites its source", "[rules]") {
    std::vector<std::string> files;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(OBLIGE_SOURCE_DIR) + "/rules"))
        if (entry.path().extension() == ".obl") files.push_back(entry.path().string());
    REQUIRE(files.size() >= 5);
    const lang::LoadedProgram loaded = lang::load(files);
    for (const auto& f : loaded.findings)
        INFO(f.location.text() + " " + f.arg("detail"));
    CHECK(loaded.findings.empty());
    std::vector<std::string> missing;
    for (const auto& file : loaded.files) {
        const std::string where = file.source->path();
        for (const auto& decl : file.ast.declarations) {
            if (const auto* p = boost::get<ast::PlanDecl>(&decl.get()); p && !has_source(p->clauses))
                missing.push_back(where + ": plan " + p->id.value);
            if (const auto* a = boost::get<ast::AgencyDecl>(&decl.get()); a && !has_source(a->clauses))
                missing.push_back(where + ": agency " + a->id.text);
            if (const auto* d = boost::get<ast::DutyDecl>(&decl.get()); d && !has_source(d->clauses))
                missing.push_back(where + ": duty " + d->name.value);
            if (const auto* g = boost::get<ast::GoalDecl>(&decl.get())) {
                if (!has_source(g->clauses)) missing.push_back(where + ": goal " + g->id.text);
                for (const auto& c : g->clauses)
                    if (const auto* ind = boost::get<ast::IndicatorDecl>(&c.get()))
                        check_indicator(*ind, where, missing);
            }
        }
    }
    for (const auto& m : missing)
        UNSCOPED_INFO(m);
    CHECK(missing.empty());
}
