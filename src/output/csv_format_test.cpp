#include "output/formats.hpp"
#include "run/baseline.hpp"
#include "support/csv_test_parser.hpp"
#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace oblige;
using namespace oblige::output;
using oblige::output::test::parse_csv;

namespace {
std::string csv_of(const checks::RunResult& result, CsvTable table = CsvTable::findings) {
    std::ostringstream out;
    RenderOptions options;
    options.format = Format::csv;
    options.csv_table = table;
    render_csv(result, options, out);
    return out.str();
}

} // namespace

TEST_CASE("csv: BOM, header, CRLF, one row per finding", "[output]") {
    test::Fixture fx;
    const std::string text = csv_of(fx.result);
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(text.substr(3, text.find("\r\n") - 3) ==
          "code,severity,file,line,column,plan,agency,recipient,indicator,duty,period,message,fingerprint");
    const auto rows = parse_csv(text.substr(3));
    REQUIRE(rows.size() == fx.result.findings.size() + 1);
    for (const auto& row : rows)
        CHECK(row.size() == 13);
    for (std::size_t i = 0; i < fx.result.findings.size(); ++i) {
        const Finding& f = fx.result.findings[i];
        CHECK(rows[i + 1][0] == f.code);
        CHECK(rows[i + 1][12] == run::fingerprint(f, run::RunNames(fx.result)));
    }
}

TEST_CASE(
    "csv: under --lang vi the headers and severities are Vietnamese, the values a program reads are not",
    "[output]") {
    test::Fixture fx;
    std::ostringstream out;
    render_csv(fx.result, RenderOptions{Format::csv, Lang::vi}, out);
    const auto rows = parse_csv(out.str().substr(3));
    REQUIRE(rows.size() == fx.result.findings.size() + 1);
    CHECK(rows[0][0] == "mã");
    CHECK(rows[0][12] == "dấu vân tay");
    CHECK(rows[1][0] == fx.result.findings[0].code); // codes stay codes
    CHECK((rows[1][1] == "lỗi" || rows[1][1] == "cảnh báo" || rows[1][1] == "ghi chú"));
    RenderOptions figures{Format::csv, Lang::vi};
    figures.csv_table = CsvTable::figures;
    std::ostringstream table;
    render_csv(fx.result, figures, table);
    const auto lines = parse_csv(table.str().substr(3));
    CHECK(lines[0][4] == "phải nộp");
    CHECK(lines.back()[3] == "toàn kế hoạch");
    CHECK(lines.back()[10] == "0.6667"); // '.' decimals in every language: a program reads this column
}

TEST_CASE("csv: commas, quotes and line breaks are quoted; Vietnamese passes as UTF-8", "[output]") {
    test::Fixture fx;
    const std::string text = csv_of(fx.result);
    CHECK(text.find(
              "\"value '1,7 \"\"approx\"\"\nsee\xEF\xBF\xBD note' for MT1.CT2 is not a valid percent\"") !=
          std::string::npos);
    const auto rows = parse_csv(text.substr(3));
    bool seen = false;
    for (const auto& row : rows)
        if (row[0] == "missing-report") {
            seen = true;
            CHECK(row[1] == "error");
            CHECK(row[2] == test::plan_file);
            CHECK(row[3] == "2");
            CHECK(row[4] == "3");
            CHECK(row[5] == test::plan_id);
            CHECK(row[6] == "SYT");
            CHECK(row[7] == "SLDTBXH");
            CHECK(row[8] == "");
            CHECK(row[9] == "Báo cáo năm");
            CHECK(row[10] == "2024");
            CHECK(row[11] == "SYT has not sent 'Báo cáo năm' for 2024 to SLDTBXH, due 2024-12-10");
        }
    CHECK(seen);
}

TEST_CASE("csv: a cell a spreadsheet would run as a formula is defused", "[output]") {
    checks::RunResult result;
    result.command = "check";
    result.findings.push_back(
        make_finding("report-invalid", {"r.xml", 1, 1},
                     Subjects{.plan = "P",
                              .agency = Subject<AgencyIndex>::written("=HYPERLINK(\"x\")"),
                              .period_as_written = "+1"},
                     {{"detail", "d"}}));
    const auto rows = parse_csv(csv_of(result).substr(3));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][6] == "'=HYPERLINK(\"x\")");
    CHECK(rows[1][10] == "'+1");
}

TEST_CASE("csv: the figures table", "[output]") {
    test::Fixture fx;
    fx.result.figures[0].total.pending = 2; // the fixture's figures have nothing pending
    const std::string text = csv_of(fx.result, CsvTable::figures);
    const auto rows = parse_csv(text.substr(3));
    REQUIRE(rows.size() == 1 + 3 * 2 + 1);
    CHECK(rows[0] == std::vector<std::string>{"plan", "agency", "name", "scope", "expected", "actual",
                                              "on_time", "late", "missing", "pending", "reporting_rate",
                                              "on_time_rate"});
    // SYT: 3 expected, 2 received, 1 of them on time: 1 late, 1 missing.
    CHECK(rows[3] == std::vector<std::string>{test::plan_id, "SYT", "Sở Y tế", "own", "3", "2", "1", "1", "1",
                                              "0", "0.6667", "0.3333"});
    CHECK(rows[5][3] == "own");
    CHECK(rows[5][10] == ""); // nothing expected: no rate
    CHECK(rows[7] == std::vector<std::string>{test::plan_id, "", "", "total", "6", "4", "3", "1", "2", "2",
                                              "0.6667", "0.5000"});
}
