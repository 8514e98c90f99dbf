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

TEST_CASE("walk: a file reached by two spellings or through a link is read once", "[reports]") {
    TempDir dir("walk-twice");
    const std::string a = dir.write("r/a.xml", "<report/>");
    dir.write("r/sub/b.xml", "<report/>");
    fs::create_directory_symlink(dir.path / "r", dir.path / "r-link");
    fs::create_symlink(dir.path / "r" / "a.xml", dir.path / "r" / "sub" / "link-to-a.xml");
    const std::string r = (dir.path / "r").generic_string();
    const std::string b = r + "/sub/b.xml";
    // The same folder twice, spelled differently: each file once, under the first spelling met.
    CHECK(reports::collect_report_files({r, r + "/./", r + "/sub/../"}).files ==
          std::vector<std::string>{a, b}); // link-to-a.xml is a.xml
    // A folder through a link, then as itself; a file named inside a folder also given.
    CHECK(reports::collect_report_files({dir.path.generic_string() + "/r-link", r}).files ==
          std::vector<std::string>{dir.path.generic_string() + "/r-link/a.xml",
                                   dir.path.generic_string() + "/r-link/sub/b.xml"});
    CHECK(reports::collect_report_files({r + "/sub/../a.xml", r}).files ==
          std::vector<std::string>{r + "/sub/../a.xml", b});
    // Two files with the same content stay two files.
    dir.write("r/c.xml", "<report/>");
    CHECK(reports::collect_report_files({r}).files.size() == 3);
}

TEST_CASE("walk: a missing path and a directory without XML are usage errors", "[reports]") {
    TempDir dir("walk-empty");
    dir.write("notes.txt", "x");
    const auto found =
        reports::collect_report_files({dir.path.generic_string(), (dir.path / "nope").generic_string()});
    REQUIRE(found.errors.size() == 2);
    CHECK(found.errors[0].arg("detail").find("no *.xml report files") != std::string::npos);
    CHECK(found.errors[1].arg("detail").find("does not exist") != std::string::npos);
}

namespace {
// The findings of one code, as "line:column detail-or-name" lines, in order.
std::vector<std::string> findings_of(const reports::ReportFile& file, const std::string& code) {
    std::vector<std::string> out;
    for (const Finding& f : file.findings)
        if (f.code == code)
            out.push_back(std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + " " +
                          (f.arg("detail").empty() ? f.arg("kind") + " " + f.arg("name") : f.arg("detail")));
    return out;
}
} // namespace

TEST_CASE("reader: attribute names are matched whole, not by prefix or length", "[reports]") {
    // Each unknown name shares a prefix, a length or a first letter with a known one.
    const auto file = reports::read_report_bytes(
        "a.xml",
        "<report pla=\"1\" plan=\"P\" plans=\"2\" tom=\"3\" to=\"T\" perio=\"4\" Plan=\"5\" dutyy=\"6\" "
        "fromm=\"7\" from=\"F\" submitte=\"8\" period=\"2024\" submitted=\"2025-01-01\" duty=\"D\">\n"
        "<value indicators=\"9\" indicator=\"A\" statu=\"10\" status=\"unavailable\" Status=\"11\">1</value>"
        "</report>");
    REQUIRE(file.reports.size() == 1);
    const auto& r = file.reports[0];
    CHECK(r.plan.text == "P");
    CHECK(r.to.text == "T");
    CHECK(r.from.text == "F");
    CHECK(r.period.text == "2024");
    CHECK(r.submitted.text == "2025-01-01");
    CHECK(r.duty.text == "D");
    REQUIRE(r.values.size() == 1);
    CHECK(r.values[0].indicator.text == "A");
    CHECK(r.values[0].status.text == "unavailable");
    CHECK(r.values[0].text == "1");
    reports::Locator locate(file);
    CHECK(locate.at(r.plan.at) == Location{"a.xml", 1, 17});
    CHECK(locate.at(r.duty.at) == Location{"a.xml", 1, 149});
    CHECK(locate.at(r.values[0].status.at) == Location{"a.xml", 2, 48});
    CHECK(findings_of(file, "unknown-markup") ==
          std::vector<std::string>{"1:9 attribute pla", "1:26 attribute plans", "1:36 attribute tom",
                                   "1:51 attribute perio", "1:61 attribute Plan", "1:70 attribute dutyy",
                                   "1:80 attribute fromm", "1:99 attribute submitte",
                                   "2:8 attribute indicators", "2:37 attribute statu",
                                   "2:69 attribute Status"});
    CHECK(file.findings.size() == 11);
}

TEST_CASE("reader: XML's own attributes are never unknown; names that only look like them are", "[reports]") {
    const auto file = reports::read_report_bytes(
        "a.xml", "<report xmlns=\"u\" xmlns:r=\"v\" xsi:type=\"w\" xml:lang=\"vi\" xmlnsx=\"1\" xs:i=\"2\" "
                 "plan=\"P\"/>");
    REQUIRE(file.reports.size() == 1);
    CHECK(file.reports[0].plan.text == "P");
    CHECK(findings_of(file, "unknown-markup") ==
          std::vector<std::string>{"1:58 attribute xmlnsx", "1:69 attribute xs:i"});
}

TEST_CASE("reader: an attribute given twice is read once, and the second is an error", "[reports]") {
    const auto file = reports::read_report_bytes(
        "a.xml", "<report plan=\"A\" to=\"T\" plan=\"B\"><value indicator=\"X\" indicator=\"Y\">1</value>"
                 "<value indicator=\"Z\">2</value></report>");
    REQUIRE(file.reports.size() == 1);
    const auto& r = file.reports[0];
    CHECK(r.plan.text == "A");
    CHECK(reports::Locator(file).at(r.plan.at) == Location{"a.xml", 1, 9});
    REQUIRE(r.values.size() == 2);
    CHECK(r.values[0].indicator.text == "X");
    CHECK(r.values[1].indicator.text == "Z"); // the next value starts afresh
    CHECK(findings_of(file, "xml-malformed") ==
          std::vector<std::string>{"1:25 attribute 'plan' is given twice; the first one is read",
                                   "1:55 attribute 'indicator' is given twice; the first one is read"});
}

TEST_CASE("reader: elements are known by their local names, whatever the prefix", "[reports]") {
    const auto file = reports::read_report_bytes(
        "a.xml", "<r:reports xmlns:r=\"u\"><r:report plan=\"P\"><r:value indicator=\"A\">1</r:value>"
                 "<values/><valu/><r:note/><notes/><a:b:value/><value:x/></r:report><report plan=\"Q\"/>"
                 "<reportx/></r:reports>");
    REQUIRE(file.reports.size() == 2);
    CHECK(file.reports[0].plan.text == "P");
    REQUIRE(file.reports[0].values.size() == 1);
    CHECK(file.reports[0].values[0].text == "1");
    CHECK(file.reports[1].plan.text == "Q");
    CHECK(findings_of(file, "unknown-markup") ==
          std::vector<std::string>{"1:77 element values", "1:86 element valu", "1:102 element notes",
                                   "1:110 element a:b:value", "1:122 element value:x",
                                   "1:161 element reportx"});
}

TEST_CASE("reader: a value's text is its first text, CDATA too; elements inside are unknown", "[reports]") {
    const auto file = reports::read_report_bytes(
        "a.xml", "<report><value indicator=\"A\"><![CDATA[7]]></value><value indicator=\"B\"/>"
                 "<value indicator=\"C\">1<b/>2</value><value indicator=\"D\"><b/>3</value>"
                 "<value indicator=\"E\">a &amp; b</value></report>");
    REQUIRE(file.reports.size() == 1);
    const auto& values = file.reports[0].values;
    REQUIRE(values.size() == 5);
    CHECK(values[0].text == "7");
    CHECK(values[1].text.empty());
    CHECK(values[2].text == "1");
    CHECK(values[3].text == "3");
    CHECK(values[4].text == "a & b");
    CHECK(findings_of(file, "unknown-markup") == std::vector<std::string>{"1:95 element b"});
}

TEST_CASE("reader: character references to forbidden characters, with and without other '&'", "[reports]") {
    const auto nul =
        reports::read_report_bytes("a.xml", "<report><value indicator=\"A\">5&#0;5</value></report>");
    CHECK(findings_of(nul, "report-invalid") ==
          std::vector<std::string>{"1:31 a character reference to a character XML does not allow (like "
                                   "&#0;); reports must be text"});
    CHECK(nul.reports.empty());
    // Other references before it are passed over, the allowed ones too.
    const auto after = reports::read_report_bytes(
        "a.xml", "<report plan=\"a&amp;b&#9;&#x41;\"><value indicator=\"A\">&lt;5&#x1F;</value></report>");
    CHECK(findings_of(after, "report-invalid") ==
          std::vector<std::string>{"1:60 a character reference to a character XML does not allow (like "
                                   "&#0;); reports must be text"});
    const auto entities_only = reports::read_report_bytes(
        "a.xml", "<report plan=\"a&amp;b\"><value indicator=\"A\">&amp;&#65;</value></report>");
    CHECK(entities_only.findings.empty());
    REQUIRE(entities_only.reports.size() == 1);
    CHECK(entities_only.reports[0].plan.text == "a&b");
    CHECK(entities_only.reports[0].values[0].text == "&A");
    // "&#" with no digits, or at the very end, is pugixml's to judge, not a forbidden character.
    const auto no_digits = reports::read_report_bytes("a.xml", "<report plan=\"&#;\"/>&#");
    CHECK(findings_of(no_digits, "report-invalid").empty());
}

TEST_CASE("reader: the declared encoding is read from the declaration only", "[reports]") {
    const auto latin = reports::read_report_bytes(
        "a.xml", "\xEF\xBB\xBF<?xml version=\"1.0\" encoding = 'ISO-8859-1'?>\n<report/>");
    CHECK(findings_of(latin, "report-invalid") ==
          std::vector<std::string>{"1:22 the file declares encoding 'ISO-8859-1'; reports must be UTF-8"});
    CHECK(reports::read_report_bytes("a.xml", "<?xml version=\"1.0\" encoding=\"utf8\"?><report/>")
              .findings.empty());
    CHECK(reports::read_report_bytes("a.xml", "<?xml version=\"1.0\" encoding=\"\"?><report/>")
              .findings.empty());
    // After the declaration's "?>", "encoding" and quotes belong to the document.
    CHECK(reports::read_report_bytes("a.xml", "<?xml version=\"1.0\"?><report plan=\"encoding='latin1'\"/>")
              .findings.empty());
    CHECK(findings_of(reports::read_report_bytes("a.xml", "<?xml version=\"1.0\" encoding=\"latin1?>\n"
                                                          "<report plan=\"x\"/>"),
                      "report-invalid")
              .empty());
    // Blank is empty; a BOM alone is not blank.
    CHECK(findings_of(reports::read_report_bytes("a.xml", " \r\n\t "), "xml-malformed") ==
          std::vector<std::string>{"0:0 the file is empty"});
    CHECK(findings_of(reports::read_report_bytes("a.xml", "\xEF\xBB\xBF"), "xml-malformed") ==
          std::vector<std::string>{"1:2 No document element found"});
}

TEST_CASE("reader: a ReportFile read into again holds the new file only, as a fresh one would", "[reports]") {
    const TempDir dir("reuse");
    const std::string good = dir.write(
        "good.xml",
        "<report plan=\"P\" from=\"A\" to=\"B\" period=\"2024\" submitted=\"2025-01-02\">\n"
        "  <value indicator=\"X.1\">12</value>\n  <value indicator=\"X.2\">7.5</value>\n</report>\n");
    const std::string other = dir.write(
        "other.xml", "<reports><report plan=\"Q\" from=\"C\"><value indicator=\"Y\">1</value></report>"
                     "<report plan=\"R\"/></reports>");
    const std::string malformed = dir.write("bad.xml", "<report plan=\"P\"><value>1</report>");
    const std::string missing = (dir.path / "missing.xml").generic_string();
    auto same = [](const reports::ReportFile& a, const reports::ReportFile& b) {
        REQUIRE(a.path == b.path);
        CHECK(a.bytes == b.bytes);
        REQUIRE(a.findings.size() == b.findings.size());
        for (std::size_t i = 0; i < a.findings.size(); ++i) {
            CHECK(a.findings[i].code == b.findings[i].code);
            CHECK(a.findings[i].location.text() == b.findings[i].location.text());
        }
        REQUIRE(a.reports.size() == b.reports.size());
        for (std::size_t i = 0; i < a.reports.size(); ++i) {
            const reports::RawReport &x = a.reports[i], &y = b.reports[i];
            CHECK(x.at == y.at);
            CHECK(x.plan.text == y.plan.text);
            CHECK(x.from.present == y.from.present);
            CHECK(x.to.present == y.to.present);
            REQUIRE(x.values.size() == y.values.size());
            for (std::size_t k = 0; k < x.values.size(); ++k) {
                CHECK(x.values[k].indicator.text == y.values[k].indicator.text);
                CHECK(x.values[k].text == y.values[k].text);
                CHECK(x.values[k].at == y.values[k].at);
            }
        }
    };
    reports::ReportFile reused;
    for (const std::string& path : {good, other, malformed, good, missing, other, good}) {
        CAPTURE(path);
        reports::read_report_file(path, reused);
        same(reused, reports::read_report_file(path));
    }
}
