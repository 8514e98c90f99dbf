#include "reports/walk.hpp"
#include "reports/xml_reader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace oblige;
namespace fs = std::filesystem;

namespace {
// A fresh directory under the system temp dir, removed at the end of the test.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) : path(fs::temp_directory_path() / ("oblige-reports-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string write(const std::string& relative, const std::string& text) const {
        const fs::path p = path / relative;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.generic_string();
    }
};
} // namespace

TEST_CASE("reader: positions of reports, attributes and values in code points", "[reports]") {
    const auto file = reports::read_report_bytes(
        "a.xml", "<?xml version=\"1.0\"?>\n<reports>\n <report plan=\"Kế hoạch\" from=\"SYT\">\n"
                 "  <value indicator=\"MT1.CT1\" status=\"unavailable\">x</value>\n </report>\n</reports>\n");
    REQUIRE(file.findings.empty());
    REQUIRE(file.reports.size() == 1);
    const auto& r = file.reports[0];
    reports::Locator locate(file);
    CHECK(locate.at(r.at) == Location{"a.xml", 3, 2});
    CHECK(locate.at(r.plan.at) == Location{"a.xml", 3, 10});
    CHECK(locate.at(r.from.at) == Location{"a.xml", 3, 26}); // after "Kế hoạch": columns count characters
    CHECK_FALSE(r.to.present);
    CHECK(locate.at(r.to.at) == Location{"a.xml", 3, 2}); // absent: the element
    REQUIRE(r.values.size() == 1);
    CHECK(locate.at(r.values[0].at) == Location{"a.xml", 4, 3});
    // Asked backwards, the answers are the same.
    CHECK(locate.at(r.from.at) == Location{"a.xml", 3, 26});
    CHECK(locate.place(r.at) == Place{3, 2});
    CHECK(r.values[0].status.text == "unavailable");
    CHECK(r.values[0].text == "x");
}

TEST_CASE("locator: lines, code-point columns, past the end", "[reports]") {
    const std::string path = "b.xml";
    const std::string text = "ab\nđc\n\nxyz"; // đ is two bytes
    reports::Locator locate(path, text);
    CHECK(locate.place(0) == Place{1, 1});
    CHECK(locate.place(2) == Place{1, 3}); // the newline itself ends line 1
    CHECK(locate.place(3) == Place{2, 1});
    CHECK(locate.place(5) == Place{2, 2}); // after đ: one column, two bytes
    CHECK(locate.place(7) == Place{3, 1});
    CHECK(locate.place(10) == Place{4, 3});
    CHECK(locate.place(1000) == Place{4, 4}); // clamped to the end
    CHECK(locate.place(4) == Place{2, 2});    // backwards: counted again from the start
}

TEST_CASE("reader: no entity expansion, no DTD fetched", "[reports]") {
    const auto file = reports::read_report_bytes(
        "a.xml", "<!DOCTYPE report [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                 "<report plan=\"&e;\"><value indicator=\"A\">&lt;1</value></report>");
    REQUIRE(file.reports.size() == 1);
    CHECK(file.reports[0].plan.text == "&e;");
    CHECK(file.reports[0].values[0].text == "<1");
}

TEST_CASE("reader: unreadable and oversized files are findings", "[reports]") {
    TempDir dir("reader");
    auto missing = reports::read_report_file((dir.path / "nope.xml").generic_string());
    REQUIRE(missing.findings.size() == 1);
    CHECK(missing.findings[0].code == "unreadable-input");
    const std::string big = dir.write("big.xml", std::string(3 << 20, ' ') + "<report/>");
    auto refused = reports::read_report_file(big, std::size_t(2) << 20);
    REQUIRE(refused.findings.size() == 1);
    CHECK(refused.findings[0].code == "unreadable-input");
    CHECK(refused.findings[0].arg("detail").find("over 2 MiB") != std::string::npos);
    CHECK(reports::read_report_file(big).findings.empty());
}

TEST_CASE("walk: sorted, recursive, *.xml only, symlinked directories skipped", "[reports]") {
    TempDir dir("walk");
    dir.write("b.xml", "<report/>");
    dir.write("a/z.XML", "<report/>");
    dir.write("a/readme.txt", "x");
    dir.write("A.xml", "<report/>");
    fs::create_directory_symlink(dir.path, dir.path / "a" / "loop"); // would loop forever if followed
    const auto found = reports::collect_report_files({dir.path.generic_string()});
    CHECK(found.errors.empty());
    const std::string root = dir.path.generic_string();
    CHECK(found.files == std::vector<std::string>{root + "/A.xml", root + "/a/z.XML", root + "/b.xml"});
    // A file named explicitly is taken whatever its extension; a repeated path is read once.
    const std::string txt = (dir.path / "a" / "readme.txt").generic_string();
    CHECK(reports::collect_report_files({txt, txt}).files.size() == 1);
}

TEST_CASE("walk: a missing path and a directory without XML are usage errors", "[reports]") {
    TempDir dir("walk-empty");
    dir.write("notes.txt", "x");
    const auto found =
        reports::collect_report_files({dir.path.generic_string(), (dir.path / "nope").generic_string()});
    REQUIRE(found.errors.size() == 2);
    CHECK(found.errors[0].find("no *.xml report files") != std::string::npos);
    CHECK(found.errors[1].find("does not exist") != std::string::npos);
}
