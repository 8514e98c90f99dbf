#include "entry_points.hpp"

#include "checks/plan_checks.hpp"
#include "checks/report/engine.hpp"
#include "lang/loader.hpp"
#include "lang/parser.hpp"
#include "plan/builder.hpp"
#include "reports/xml_reader.hpp"
#include "support/report_test_program.hpp"

#include <memory>
#include <string>
#include <typeinfo>

namespace oblige::fuzz {

void run_obl(const std::uint8_t* data, std::size_t size) {
    lang::LoadedFile file;
    file.source = std::make_shared<const SourceFile>("fuzz.obl",
                                                     std::string(reinterpret_cast<const char*>(data), size));
    lang::ParseResult parsed = lang::parse(*file.source);
    file.ast = std::move(parsed.file);
    for (const auto& d : file.ast.declarations)
        file.has_plan |= d.get().type() == typeid(ast::PlanDecl);
    lang::LoadedProgram loaded;
    loaded.files.push_back(std::move(file));
    loaded.entries.push_back(0);
    loaded.findings = std::move(parsed.errors);
    const plan::Program program = plan::build(std::move(loaded));
    (void)checks::run_plan_checks(program);
}

void run_xml(const std::uint8_t* data, std::size_t size) {
    static const plan::Program program = checks::report::testing::small_program();
    checks::report::Engine engine(program, Date{2025, 1, 15});
    engine.add(
        reports::read_report_bytes("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size)));
    (void)engine.finish();
}

} // namespace oblige::fuzz
