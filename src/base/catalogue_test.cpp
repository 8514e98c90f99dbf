// The message catalogue: every code, note and heading in English and Vietnamese, with the same
// placeholders in both.
#include "base/catalogue.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace oblige;

namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::multiset<std::string> placeholders(std::string_view templ) {
    std::multiset<std::string> names;
    for (std::size_t open = templ.find('{'); open != std::string_view::npos;
         open = templ.find('{', open + 1)) {
        const std::size_t close = templ.find('}', open);
        if (close == std::string_view::npos) break;
        names.emplace(templ.substr(open + 1, close - open - 1));
    }
    return names;
}

// Every id with a template in the catalogue's table, read from its source: the table is private, and a
// new entry must not escape the checks below.
std::set<std::string> catalogue_ids() {
    const std::string text = read(std::filesystem::path(OBLIGE_SOURCE_DIR) / "src/base/catalogue.cpp");
    const std::regex entry(R"re(\{"([a-z][a-z0-9.\-]*)",\s*\{)re");
    std::set<std::string> ids;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), entry); it != std::sregex_iterator(); ++it)
        ids.insert((*it)[1]);
    return ids;
}

std::vector<std::filesystem::directory_entry> files_in(std::initializer_list<const char*> folders) {
    std::vector<std::filesystem::directory_entry> out;
    for (const char* folder : folders)
        for (const auto& file :
             std::filesystem::recursive_directory_iterator(std::filesystem::path(OBLIGE_SOURCE_DIR) / folder))
            out.push_back(file);
    return out;
}

// The ids the output code asks for by name: label("…"), text_of("…"), page.t("…"), and the names handed
// to helpers as string literals ("heading.summary" written as an argument).
std::set<std::string> output_ids() {
    std::set<std::string> ids;
    const std::regex literal(R"re("((?:heading|label|summary|mark|note|severity|history)\.[a-z0-9\-]+)")re");
    for (const auto& file : files_in({"src/output", "src/run", "src/history"})) { // output/html/ too
        const std::string name = file.path().filename().string();
        if (file.path().extension() != ".cpp" || name.find("_test") != std::string::npos) continue;
        const std::string text = read(file.path());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator();
             ++it)
            if (const std::string id = (*it)[1]; id.back() != '-') ids.insert(id); // "label.flag-" + code
    }
    return ids;
}

void check_both_languages(const std::string& id) {
    INFO("catalogue id: " << id);
    const char* en = message_template(id, Lang::en);
    const char* vi = message_template(id, Lang::vi);
    REQUIRE(en != nullptr);
    REQUIRE(vi != nullptr);
    CHECK(std::string(vi).size() > 0);
    CHECK(placeholders(en) == placeholders(vi));
}

} // namespace

TEST_CASE("catalogue: every finding code has an English and a Vietnamese message", "[html][catalogue]") {
    for (const CodeInfo& info : all_codes())
        check_both_languages(std::string(info.code));
}

TEST_CASE("catalogue: every note and heading has both languages, with the same placeholders",
          "[html][catalogue]") {
    const std::set<std::string> ids = catalogue_ids();
    REQUIRE(ids.size() > all_codes().size()); // the scan found the table
    for (const std::string& id : ids)
        check_both_languages(id);
    for (const char* id : {"note.lead-given-here", "heading.summary", "summary.findings", "label.agency"})
        CHECK(ids.count(id) == 1);
}

TEST_CASE("catalogue: every heading the outputs ask for exists", "[html][catalogue]") {
    const std::set<std::string> wanted = output_ids();
    REQUIRE(wanted.count("heading.summary") == 1);
    for (const std::string& id : wanted)
        check_both_languages(id);
}

TEST_CASE("catalogue: Vietnamese messages use the plans' vocabulary", "[html][catalogue]") {
    Finding no_lead = make_finding("no-lead", {}, {}, {{"indicator", "MT1.CT1"}});
    CHECK(render_message(no_lead, Lang::vi) == "Chỉ tiêu MT1.CT1 không có cơ quan chủ trì");
    Finding late = make_finding("late-report", {}, {},
                                {{"agency", "SYT"},
                                 {"duty", "Báo cáo năm"},
                                 {"period", "2024"},
                                 {"days", "3"},
                                 {"due", "2024-12-10"},
                                 {"submitted", "2024-12-13"}});
    CHECK(render_message(late, Lang::vi).find("chậm 3 ngày") != std::string::npos);
    CHECK(render_message(late, Lang::en).find("3 day(s) late") != std::string::npos);
    CHECK(text_of("heading.findings", Lang::vi) == "Kết quả kiểm tra");
}

TEST_CASE("catalogue: a {@name} placeholder is filled with the phrase its arg names, in the same language",
          "[catalogue]") {
    Finding f = make_finding("dissolved-agency", {}, {},
                             {{"agency", "SLDTBXH"},
                              {"until", "2025-02-28"},
                              {"plan", "11983/UBND-KGVX"},
                              {"last", "2025"},
                              {"leads", "MT2.CT1, MT2.CT2"},
                              {"supports", ""},
                              {"roles", "phrase.roles.lead"},
                              {"heirs", "phrase.heirs.none"}});
    f.variant = "roles";
    CHECK(render_message(f, Lang::en) ==
          "SLDTBXH existed only until 2025-02-28, before plan 11983/UBND-KGVX ends in 2025, yet the plan "
          "names it lead of MT2.CT1, MT2.CT2; no successor is named");
    const std::string vi = render_message(f, Lang::vi);
    CHECK(vi.find("chủ trì chỉ tiêu MT2.CT1, MT2.CT2") != std::string::npos);
    CHECK(vi.find("không có cơ quan kế thừa") != std::string::npos);
    CHECK(vi.find("phrase.") == std::string::npos);
}
