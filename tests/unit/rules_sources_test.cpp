// Every declaration in rules/ says where in a document its readers know it comes from (`source "…"`), so
// that a finding can send an inspector to the sentence behind it (SPEC §1, Fidelity): the document's
// number first ("11983/UBND-KGVX, mục V.19"), never a file name of ours ("seed 002") or of our notes.
#include "checks/plan_checks.hpp"
#include "lang/loader.hpp"
#include "plan/builder.hpp"
#include "plan/documents.hpp"

#include <boost/variant/get.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace oblige;

namespace {

template <class Clauses>
std::vector<std::string> sources_of(const Clauses& clauses) {
    std::vector<std::string> out;
    for (const auto& c : clauses)
        if (const auto* s = boost::get<ast::SourceClause>(&c.get())) out.push_back(s->text.value);
    return out;
}

struct Cited {
    std::string what;   // "rules/…/x.obl: agency KH_SNV"
    std::string source; // empty when the declaration has none
};

void collect_indicator(const ast::IndicatorDecl& ind, const std::string& where, std::vector<Cited>& out) {
    const auto sources = sources_of(ind.clauses);
    out.push_back({where + ": indicator " + ind.id.text, sources.empty() ? "" : sources.back()});
    for (const auto& c : ind.clauses)
        if (const auto* part = boost::get<boost::spirit::x3::forward_ast<ast::IndicatorDecl>>(&c.get()))
            collect_indicator(part->get(), where, out);
}

// Every declaration of every file, with the source it writes (the last, as the model keeps it).
std::vector<Cited> declarations(const lang::LoadedProgram& loaded) {
    std::vector<Cited> out;
    const auto last = [](const std::vector<std::string>& s) { return s.empty() ? std::string() : s.back(); };
    for (const auto& file : loaded.files) {
        const std::string where = file.source->path();
        for (const auto& decl : file.ast.declarations) {
            if (const auto* p = boost::get<ast::PlanDecl>(&decl.get()))
                out.push_back({where + ": plan " + p->id.value, last(sources_of(p->clauses))});
            if (const auto* a = boost::get<ast::AgencyDecl>(&decl.get()))
                out.push_back({where + ": agency " + a->id.text, last(sources_of(a->clauses))});
            if (const auto* d = boost::get<ast::DutyDecl>(&decl.get()))
                out.push_back({where + ": duty " + d->name.value, last(sources_of(d->clauses))});
            if (const auto* g = boost::get<ast::GoalDecl>(&decl.get())) {
                out.push_back({where + ": goal " + g->id.text, last(sources_of(g->clauses))});
                for (const auto& c : g->clauses)
                    if (const auto* ind = boost::get<ast::IndicatorDecl>(&c.get()))
                        collect_indicator(*ind, where, out);
            }
        }
    }
    return out;
}

std::vector<std::string> rules_files() {
    std::vector<std::string> files;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(OBLIGE_SOURCE_DIR) + "/rules"))
        if (entry.path().extension() == ".obl") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("every declaration in rules/ cites a document by its number", "[rules]") {
    const std::vector<std::string> files = rules_files();
    REQUIRE(files.size() >= 5);
    const lang::LoadedProgram loaded = lang::load(files);
    for (const auto& f : loaded.findings)
        INFO(f.location.text() + " " + f.arg("detail"));
    CHECK(loaded.findings.empty());

    std::vector<std::string> wrong;
    for (const Cited& c : declarations(loaded)) {
        if (c.source.empty()) {
            wrong.push_back(c.what + ": no source");
            continue;
        }
        if (plan::leading_document(c.source).empty())
            wrong.push_back(c.what + ": \"" + c.source + "\" opens with no document number");
        for (const char* ours : {"seed", "REFERENCE", ".md", ".obl", ".txt"})
            if (c.source.find(ours) != std::string::npos)
                wrong.push_back(c.what + ": \"" + c.source + "\" names a file of ours (" + ours + ")");
    }
    for (const auto& file : loaded.files)
        if (!file.has_plan && plan::library_document(file.ast).empty())
            wrong.push_back(file.source->path() + ": the library states no document in its first source");
    for (const auto& w : wrong)
        UNSCOPED_INFO(w);
    CHECK(wrong.empty());
}

TEST_CASE("lint finds every source of every plan in rules/ cited", "[rules]") {
    for (const std::string& file : rules_files()) {
        const plan::Program program = plan::build(lang::load({file}));
        if (program.plans.empty()) continue; // a library: held to the rule by the test above
        INFO(file);
        const auto documents = plan::citable_documents(program, program.plans.front());
        REQUIRE(!documents.empty());
        CHECK(documents.front() == program.plans.front().id);
        std::vector<std::string> uncited;
        for (const Finding& f : checks::run_plan_checks(program))
            if (f.code == "uncited-source") uncited.push_back(f.location.text() + " " + f.arg("source"));
        for (const auto& u : uncited)
            UNSCOPED_INFO(u);
        CHECK(uncited.empty());
    }
}
