// Vietnamese throughout: every message reachable under --lang vi is whole Vietnamese. The English-only
// words are those the catalogue's English texts use and its Vietnamese texts never do; the test fails
// when one of them shows in a Vietnamese catalogue text, or in what `check --lang vi` and `lint --lang vi`
// print for every fixture set and seed plan in every people-facing format (text, html, csv, junit), for a
// plan holding every kind of syntax error, for plans and reports that cannot be read, and for every errno
// oblige words; run in this process as the command line runs them.
#include "base/catalogue.hpp"
#include "base/os_error.hpp"
#include "base/source.hpp"
#include "cli/commands.hpp"
#include "lang/loader.hpp"
#include "lang/parser.hpp"
#include "reports/xml_reader.hpp"
#include "support/plan_test_text.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using namespace oblige;

namespace {

// Words of prose: runs of ASCII letters of three or more, lower-cased, from text with its placeholders,
// quoted names ('SNV', "Báo cáo năm"), bracketed codes ([late-report]) and identifiers (anything with a
// digit, '_', '-', '.', '/' or ':' in it: ids, paths, dates, codes) taken out. A word with a letter
// outside ASCII is Vietnamese.
std::set<std::string> prose_words(const std::string& text) {
    // By hand, not std::regex: its recursion overflows the stack on a page of output.
    std::string cleaned;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto skip_to = [&](char close, bool in_line) {
            const std::size_t end = text.find(close, i + 1);
            if (end == std::string::npos) return false;
            if (in_line && text.find('\n', i + 1) < end) return false;
            i = end;
            cleaned += ' ';
            return true;
        };
        if (c == '{' && skip_to('}', false)) continue;
        if (c == '\'' && skip_to('\'', true)) continue;
        if (c == '[') {
            const std::size_t end = text.find(']', i + 1);
            bool code = end != std::string::npos && end > i + 1;
            for (std::size_t j = i + 1; code && j < end; ++j)
                code = (text[j] >= 'a' && text[j] <= 'z') || text[j] == '-';
            if (code) {
                i = end;
                cleaned += ' ';
                continue;
            }
        }
        cleaned += c;
    }
    std::set<std::string> words;
    std::string token;
    const auto flush = [&] {
        bool prose = token.size() >= 3;
        for (char c : token)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) prose = false;
        // An all-capital token is an id (SNV, UBND) or an acronym (XML, UTF).
        bool capitals = true;
        for (char c : token)
            if (c >= 'a' && c <= 'z') capitals = false;
        if (prose && !capitals) {
            std::string lower = token;
            for (char& c : lower)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            words.insert(lower);
        }
        token.clear();
    };
    for (char c : cleaned) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"' ||
            c == '<' || c == '>' || c == '?' || c == '!' || c == '=' || c == '`' || c == '*' || c == ':' ||
            c == '.')
            flush();
        else
            token += c;
    }
    flush();
    return words;
}

// Words a Vietnamese text may quote from the plan language or the report format: keywords a user types
// (`yes`, `once`, `status="unavailable"`), and the names of the things of a report file.
const std::set<std::string> quoted_keywords = {"yes",   "once", "unavailable", "status", "report", "reports",
                                               "value", "plan", "from",        "due",    "before", "grace"};

std::set<std::string> english_only_words() {
    std::set<std::string> en, vi;
    for (const std::string_view id : message_ids()) {
        if (const char* t = message_template(id, Lang::en)) {
            const auto w = prose_words(t);
            en.insert(w.begin(), w.end());
        }
        if (const char* t = message_template(id, Lang::vi)) {
            const auto w = prose_words(t);
            vi.insert(w.begin(), w.end());
        }
    }
    std::set<std::string> only;
    for (const std::string& w : en)
        if (!vi.count(w) && !quoted_keywords.count(w)) only.insert(w);
    return only;
}

// `check` or `lint` in this process, as the command line runs it: its standard output.
std::string run(const std::string& words_text) {
    std::vector<std::string> words{"oblige"};
    std::istringstream in(words_text);
    for (std::string w; in >> w;)
        words.push_back(w.find('/') == std::string::npos ? w
                                                         : std::string(OBLIGE_SOURCE_DIR) + "/" + w); // paths
    cli::Arguments args;
    REQUIRE_FALSE(cli::parse_arguments(words, args));
    std::ostringstream out, err;
    const int status =
        args.command == "lint" ? cli::run_lint(args, out, err) : cli::run_check(args, out, err);
    INFO(err.str());
    REQUIRE(status == 0);
    return out.str();
}

// Leaves out what is not the program's words: the plan's own source lines shown above a caret (its
// keywords and comments), and the plan-text citations a plan's author wrote (`source "…"`).
std::string without_quoted_input(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    const auto caret = [](const std::string& line) {
        const std::size_t at = line.find_first_not_of(" \t");
        return at != std::string::npos && line.compare(at, std::string::npos, "^") == 0;
    };
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (caret(lines[i]) || (i + 1 < lines.size() && caret(lines[i + 1]))) continue;
        std::string line = lines[i];
        if (const std::size_t at = line.find("văn bản kế hoạch: "); at != std::string::npos) line.erase(at);
        out += line + "\n";
    }
    return out;
}

std::string people_text(const std::string& output, const std::string& format) {
    if (format != "html" && format != "junit") return without_quoted_input(output);
    std::string text = output;
    for (const std::string tag : {"style", "script"})
        for (std::size_t at; (at = text.find("<" + tag + ">")) != std::string::npos;) {
            const std::size_t end = text.find("</" + tag + ">", at);
            text.erase(at, end == std::string::npos ? std::string::npos : end + tag.size() + 3 - at);
        }
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '<') {
            out += text[i];
            continue;
        }
        const std::size_t end = text.find('>', i);
        if (end == std::string::npos) break;
        // The attributes a person reads: tooltips, JUnit's failure messages and case names.
        const std::string tag = text.substr(i, end - i);
        // (JUnit's property names and the run's name "oblige check" are for programs.)
        const bool named = tag.rfind("<testcase ", 0) == 0 || tag.rfind("<testsuite ", 0) == 0;
        for (const std::string name : {" title=\"", " message=\"", " aria-label=\"", " name=\""}) {
            if (name == " name=\"" && !named) continue;
            const std::size_t at = tag.find(name);
            if (at == std::string::npos) continue;
            const std::size_t close = tag.find('"', at + name.size());
            out += " " + tag.substr(at + name.size(), close - at - name.size()) + " ";
        }
        out += '\n';
        i = end;
    }
    // The entities the writers use, so quoted names are recognised as quoted.
    std::string plain;
    for (std::size_t i = 0; i < out.size(); ++i) {
        bool replaced = false;
        for (const auto& [entity, c] : {std::pair<const char*, char>{"&apos;", '\''},
                                        {"&#39;", '\''},
                                        {"&quot;", '"'},
                                        {"&amp;", '&'},
                                        {"&lt;", '<'},
                                        {"&gt;", '>'}})
            if (out.compare(i, std::strlen(entity), entity) == 0) {
                plain += c;
                i += std::strlen(entity) - 1;
                replaced = true;
                break;
            }
        if (!replaced) plain += out[i];
    }
    return without_quoted_input(plain);
}

// The strings a plan file's authors wrote ("Goal", an agency's name): shown on the page, not the program's
// words, and a test plan may write them in English.
std::vector<std::string> plan_strings(const std::string& relative_path) {
    std::ifstream in(std::filesystem::path(OBLIGE_SOURCE_DIR) / relative_path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string text = bytes.str();
    std::vector<std::string> strings;
    for (std::size_t at = text.find('"'); at != std::string::npos; at = text.find('"', at + 1)) {
        const std::size_t end = text.find('"', at + 1);
        if (end == std::string::npos || text.find('\n', at) < end) break;
        if (end > at + 1) strings.push_back(text.substr(at + 1, end - at - 1));
        at = end;
    }
    return strings;
}

std::string without(std::string text, const std::vector<std::string>& strings) {
    for (const std::string& s : strings)
        for (std::size_t at; (at = text.find(s)) != std::string::npos;)
            text.replace(at, s.size(), " ");
    return text;
}

void check_vietnamese(const std::string& what, const std::string& text,
                      const std::set<std::string>& english) {
    for (const std::string& word : prose_words(text)) {
        INFO(what << ": English word '" << word << "'");
        CHECK(english.count(word) == 0);
    }
}

} // namespace

TEST_CASE("vietnamese: the English-only words are found, so the tests below can fail", "[catalogue]") {
    const std::set<std::string> english = english_only_words();
    // The words of the text output's severities and of the decimal-mark hint, which were once left English.
    for (const char* word : {"errors", "warning", "decimal", "thousands", "another", "mismatch", "expected"})
        CHECK(english.count(word) == 1);
    CHECK(prose_words("error: use '.' as the decimal mark [bad-value] SNV MT1.CT2 2024-12-10 lỗi")
              .count("error") == 1);
    CHECK(prose_words("lỗi: chỉ tiêu MT1.CT2 [bad-value]").empty());
}

TEST_CASE("vietnamese: no Vietnamese catalogue text is English", "[catalogue]") {
    const std::set<std::string> english = english_only_words();
    for (const std::string_view id : message_ids()) {
        const char* vi = message_template(id, Lang::vi);
        REQUIRE(vi != nullptr);
        check_vietnamese("catalogue " + std::string(id), vi, english);
    }
}

TEST_CASE("vietnamese: check and lint under --lang vi print no English-only word", "[catalogue][cli]") {
    const std::set<std::string> english = english_only_words();
    std::vector<std::string> runs = {
        "check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 --as-of "
        "2025-01-15",
        "check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 --as-of "
        "2025-01-15 "
        "--period 2024",
        "check rules/son-la/gender-equality-2025.obl --reports fixtures/son-la-2025 --as-of 2026-01-15",
        "check fixtures/hostile/plan.obl --reports fixtures/hostile/xml --as-of 2025-06-30",
    };
    for (const auto& plan :
         std::filesystem::recursive_directory_iterator(std::filesystem::path(OBLIGE_SOURCE_DIR) / "rules"))
        if (plan.path().extension() == ".obl")
            runs.push_back("lint " +
                           std::filesystem::relative(plan.path(), OBLIGE_SOURCE_DIR).generic_string());
    for (const std::string& command : runs)
        for (const std::string format : {"text", "html", "csv", "junit"}) {
            INFO(command << " --format " << format);
            const std::string out = run(command + " --lang vi --fail-on never --format " + format);
            const std::size_t plan_at = command.find(' ') + 1;
            const std::string plan = command.substr(plan_at, command.find(' ', plan_at) - plan_at);
            check_vietnamese(command + " (" + format + ")",
                             without(people_text(out, format), plan_strings(plan)), english);
        }
}

// ---- what --lang vi says about a broken plan and an unreadable input ------------------------------------

namespace {

struct Said {
    int status = -1;
    std::string out, err;
};

// A command in this process, as the command line runs it, whatever its exit status.
Said say_in_process(const std::vector<std::string>& words) {
    std::vector<std::string> all{"oblige"};
    all.insert(all.end(), words.begin(), words.end());
    cli::Arguments args;
    Said said;
    if (auto error = cli::parse_arguments(all, args)) { // a usage error the parser itself finds
        said.status = cli::exit_usage;
        said.err = *error;
        return said;
    }
    std::ostringstream out, err;
    said.status = cli::run_command(args, out, err);
    said.out = out.str();
    said.err = err.str();
    return said;
}

std::filesystem::path scratch_folder() {
    const auto dir = std::filesystem::temp_directory_path() / "oblige-vietnamese-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// One broken declaration a line, so that the parser, resuming at each, reports every kind of syntax error.
using namespace std::string_literals;
const std::string broken_plan =
    "agnecy A \"a\"\n"                                          // a misspelt declaration
    "agency Z \"z\"\n}\n"                                       // stray punctuation after a good declaration
    "plan \"P\" {\n  tittle \"x\"\n}\n"                         // unknown clause, with a suggestion
    "plan \"Q\" {\n  zzzz \"x\"\n}\n"                           // unknown clause, none close
    "plan \"R\" {\n  \"x\"\n}\n"                                // a string where a clause goes
    "goal G \"g\" {\n  indicator CT1 \"i\" {\n    42\n  }\n}\n" // a number where a clause goes, in a named
                                                                // block
    "agency plan \"X\"\n"                                       // a keyword as an id
    "agency B \"b\\tc\"\n"                                      // an unknown escape
    "agency C \"c\x01\"\n"                                      // a control byte in a string
    "agency D \"d\xff\"\n"                                      // invalid UTF-8
    "agency E \"e\"\x00\n"                                      // a NUL byte
    "duty \"d\" { yearly due 2025-1-1 }\n"                      // a date where a day-month goes
    "plan \"S\" 5\n"                                            // no '{' after a plan
    "goal H \"h\" {\n  indicator CT1 \"i\" {\n    unit percent\n"
    "goal K \"k\" { }\n"          // a block never closed
    "agency F \"unterminated\n"s; // an unterminated string

} // namespace

TEST_CASE("vietnamese: every syntax error is worded in Vietnamese, with the same position",
          "[catalogue][lang]") {
    const std::set<std::string> english = english_only_words();
    const SourceFile source("broken.obl", broken_plan);
    const lang::ParseResult parsed = lang::parse(source);
    std::set<std::string> variants;
    for (const Finding& f : parsed.errors) {
        variants.insert(f.variant);
        const std::string vi = render_message(f, Lang::vi);
        INFO(f.location.line << ":" << f.location.column << " " << f.arg("detail") << " / " << vi);
        // The English words are the detail, and the Vietnamese are not them.
        CHECK(render_message(f, Lang::en) == f.arg("detail"));
        CHECK(vi != f.arg("detail"));
        check_vietnamese("syntax." + f.variant, vi, english);
    }
    for (const char* variant : {"unknown-clause-suggest", "unknown-clause", "unexpected-in-block-named",
                                "expected", "stray-suggest", "stray", "bad-escape", "control-in-string",
                                "invalid-utf8", "nul-byte", "close-named", "unterminated-string"}) {
        INFO(variant);
        CHECK(variants.count(variant) == 1);
    }
    // Through the command line: lint --lang vi, text and csv, and the positions stay.
    const auto dir = scratch_folder();
    const std::string plan = (dir / "broken.obl").string();
    std::ofstream(plan, std::ios::binary) << broken_plan;
    for (const std::string format : {"text", "csv"}) {
        const Said said =
            say_in_process({"lint", plan, "--lang", "vi", "--fail-on", "never", "--format", format});
        CHECK(said.status == 0);
        if (format == "text")
            CHECK(said.out.find("broken.obl:5:3: lỗi: mệnh đề 'tittle' không dùng được") !=
                  std::string::npos);
        // `syntax` is a code, not a word: in the summary's per-code lines and csv's code column.
        check_vietnamese("lint --lang vi (" + format + ")",
                         without(people_text(said.out, format), {"  syntax: ", "\nsyntax,"}), english);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("vietnamese: unreadable plans and reports are said in Vietnamese", "[catalogue][cli]") {
    const std::set<std::string> english = english_only_words();
    const auto dir = scratch_folder();
    const std::string plan = std::string(OBLIGE_SOURCE_DIR) + "/rules/son-la/gender-equality-2025.obl";
    std::filesystem::create_directories(dir / "empty");
    std::filesystem::create_directories(dir / "plan.obl");
    std::filesystem::create_directories(dir / "reports");
    std::filesystem::create_symlink(dir / "nowhere.xml", dir / "reports" / "dangling.xml");
    std::filesystem::create_symlink(dir / "reports" / "loop.xml", dir / "reports" / "loop.xml");
    const std::vector<std::vector<std::string>> runs = {
        {"lint", (dir / "missing.obl").string()},                 // a plan that is not there
        {"lint", (dir / "plan.obl").string()},                    // a folder given as a plan
        {"check", plan, "--reports", (dir / "missing").string()}, // a report path that is not there
        {"check", plan, "--reports", (dir / "empty").string()},   // a folder without reports
        {"check", plan, "--reports", (dir / "reports").string(), "--only", "report"}, // ENOENT, ELOOP
    };
    for (std::vector<std::string> words : runs) {
        words.insert(words.end(), {"--lang", "vi", "--fail-on", "never", "--as-of", "2025-12-01"});
        if (words[0] == "lint") words.resize(words.size() - 2);
        const Said said = say_in_process(words);
        INFO(words[0] << " " << words[1] << " " << words[2] << ": " << said.err << said.out);
        CHECK(!(said.err + said.out).empty());
        check_vietnamese(words[0] + " " + words.back(), without_quoted_input(said.err + said.out), english);
    }
    const Said links =
        say_in_process({"check", plan, "--reports", (dir / "reports").string(), "--only", "report", "--lang",
                        "vi", "--as-of", "2025-12-01", "--fail-on", "never"});
    CHECK(links.out.find("không có tệp hoặc thư mục này") != std::string::npos);
    CHECK(links.out.find("quá nhiều tầng liên kết tượng trưng") != std::string::npos);
    const Said english_links =
        say_in_process({"check", plan, "--reports", (dir / "reports").string(), "--only", "report", "--as-of",
                        "2025-12-01", "--fail-on", "never"});
    CHECK(english_links.out.find(std::strerror(ENOENT)) != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("vietnamese: every errno oblige words is Vietnamese under vi and the C library's words in English",
          "[catalogue]") {
    const std::set<std::string> english = english_only_words();
    const auto read_failure = [](int e) {
        MessageArgs parts{{"detail.path", "r/x.xml"}};
        for (auto& part : os_reason(e))
            parts.push_back(part);
        return worded_finding("unreadable-input", Location{"r/x.xml", 0, 0}, "read", parts);
    };
    REQUIRE(worded_errno_values().size() >= 10);
    for (const int e : worded_errno_values()) {
        const Finding f = read_failure(e);
        INFO("errno " << e << ": " << render_message(f, Lang::vi));
        CHECK(f.arg("detail") == "cannot read r/x.xml: " + std::string(std::strerror(e)));
        CHECK(render_message(f, Lang::en) == f.arg("detail"));
        CHECK(render_message(f, Lang::vi).find(std::strerror(e)) == std::string::npos);
        check_vietnamese("errno " + std::to_string(e), render_message(f, Lang::vi), english);
    }
    // An errno not worded: the C library's English in English, the number in Vietnamese.
    const Finding other = read_failure(EPROTO);
    CHECK(other.arg("detail") == "cannot read r/x.xml: " + std::string(std::strerror(EPROTO)));
    CHECK(render_message(other, Lang::vi) ==
          "không đọc được r/x.xml: lỗi số " + std::to_string(EPROTO) + " của hệ điều hành");
}

TEST_CASE("vietnamese: a wrong option value is said in Vietnamese", "[catalogue][cli]") {
    const std::set<std::string> english = english_only_words();
    const std::string plan = std::string(OBLIGE_SOURCE_DIR) + "/rules/son-la/gender-equality-2025.obl";
    const std::string reports = std::string(OBLIGE_SOURCE_DIR) + "/fixtures/son-la-2025";
    for (const std::vector<std::string>& wrong : {std::vector<std::string>{"--as-of", "2025-12-01T00:00"},
                                                  {"--format", "yaml"},
                                                  {"--table", "pivot"},
                                                  {"--fail-on", "sometimes"}}) {
        std::vector<std::string> words{"check", plan, "--reports", reports, "--lang", "vi"};
        words.insert(words.end(), wrong.begin(), wrong.end());
        if (wrong[0] != "--as-of") words.insert(words.end(), {"--as-of", "2025-12-01"});
        const Said said = say_in_process(words);
        INFO(wrong[0] << ": " << said.err);
        CHECK(said.status == 2);
        CHECK(said.err.find("'" + wrong[1] + "'") != std::string::npos);
        check_vietnamese(wrong[0], said.err, english);
    }
}

// ---- report-side details: what the report checks and the XML reader put in a finding ---------------------

TEST_CASE("vietnamese: a <value> without an indicator is said in Vietnamese", "[catalogue][cli]") {
    const std::set<std::string> english = english_only_words();
    const auto dir = scratch_folder();
    const std::string plan = std::string(OBLIGE_SOURCE_DIR) + "/rules/son-la/gender-equality-2025.obl";
    std::ofstream(dir / "2025-CA.xml", std::ios::binary)
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<report plan=\"123/KH-UBND\" from=\"SL_CA\" to=\"SL_SNV\" period=\"2025\" "
           "submitted=\"2025-11-24\">\n  <value>100</value>\n  <value indicator=\" \">5</value>\n</report>\n";
    const auto said = [&](const char* lang) {
        return say_in_process({"check", plan, "--reports", dir.string(), "--only", "report", "--lang", lang,
                               "--as-of", "2025-12-01", "--fail-on", "never"});
    };
    const Said vi = said("vi"), en = said("en");
    INFO(vi.err << vi.out);
    CHECK(vi.status == 0);
    const std::string worded = "có phần tử <value> thiếu thuộc tính 'indicator'";
    // Both values, the absent attribute and the blank one.
    CHECK(vi.out.find(worded) != std::string::npos);
    CHECK(vi.out.find(worded, vi.out.find(worded) + 1) != std::string::npos);
    CHECK(vi.out.find("without an 'indicator'") == std::string::npos);
    check_vietnamese("value without indicator", without_quoted_input(vi.out), english);
    // English keeps its words, as json's detail and the fingerprints do.
    CHECK(en.out.find("a <value> without an 'indicator' attribute") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("vietnamese: every pugixml status is worded, English as pugixml says it", "[catalogue]") {
    const std::set<std::string> english = english_only_words();
    for (int status = pugi::status_file_not_found; status <= pugi::status_append_invalid_root; ++status) {
        pugi::xml_parse_result result;
        result.status = static_cast<pugi::xml_parse_status>(status);
        const std::string variant = reports::xml_status_variant(status);
        INFO("status " << status << " (" << result.description() << ") as '" << variant << "'");
        REQUIRE_FALSE(variant.empty());
        Finding f =
            make_finding("xml-malformed", Location{"r/x.xml", 1, 1}, {}, {{"detail", result.description()}});
        f.variant = variant;
        REQUIRE(message_template("xml-malformed." + variant, Lang::en) != nullptr);
        CHECK(render_message(f, Lang::en) == "malformed XML: " + std::string(result.description()));
        CHECK(render_message(f, Lang::vi).find(result.description()) == std::string::npos);
        check_vietnamese("xml-malformed." + variant, render_message(f, Lang::vi), english);
    }
    CHECK(std::string(reports::xml_status_variant(pugi::status_ok)).empty());
}

// ---- plan-side details: what the plan builder and the loader refuse ---------------------------------------

namespace {

// One refusal a line (or a clause), so that every detail the builder words is met once at least.
const std::string refused_plan =
    "plan \"P\" { title \"t\"  period 2025 to 2024 }\n" // no issuer; reversed
    "agency UB \"u\"\n"
    "agency SNV \"s\"\n"
    "agency SLD \"l\" { successor SNV for G.CT1 }\n" // heirs, no until
    "goal G \"g\" { indicator CT1 \"one\" { lead SNV } }\n"
    "duty \"A\" { covers own  to UB  yearly due 31/2 }\n"      // no from; 31/2
    "duty \"B\" { from SNV  covers own  yearly due 10/12 }\n"  // no to
    "duty \"C\" { from SNV  to UB  yearly due 10/12 }\n"       // no covers
    "duty \"D\" { from SNV  covers own  to UB  to unnamed }\n" // both
    "duty \"E\" { from SNV  covers own  to UB  yearly due 10/12  yearly due 1/12 }\n"
    "duty \"F\" { from SNV  covers own  to UB  yearly due 10/12  grace 9999 }\n"
    "duty \"G\" { from SNV  covers own  to UB  quarterly due +99999 }\n"
    "duty \"H\" { from SNV  covers own  to UB  once due 2025-02-30 }\n";

} // namespace

TEST_CASE("vietnamese: what the plan builder refuses is said in Vietnamese, its English kept",
          "[catalogue][plan]") {
    const std::set<std::string> english = english_only_words();
    std::vector<Finding> findings = plan::testing::build_text(refused_plan).findings;
    for (Finding& f :
         plan::testing::build_text("plan \"Q\" { title \"t\"  issuer UB }\nagency UB \"u\"\n").findings)
        findings.push_back(std::move(f)); // a plan without a period
    std::set<std::string> variants;
    for (const Finding& f : findings) {
        if (f.arg("detail").empty()) continue; // a finding of the checks, worded already
        variants.insert(f.code + "." + f.variant);
        const std::string vi = render_message(f, Lang::vi);
        INFO(f.location.line << ":" << f.location.column << " " << f.arg("detail") << " / " << vi);
        CHECK(render_message(f, Lang::en) == f.arg("detail")); // json and the fingerprints keep these words
        CHECK(vi != f.arg("detail"));
        check_vietnamese(f.code + "." + f.variant, vi, english);
    }
    for (const char* variant :
         {"syntax.plan-no-issuer", "syntax.plan-no-period", "bad-date.period-reversed",
          "syntax.heirs-without-until", "syntax.duty-no-from", "syntax.duty-no-to", "syntax.duty-no-covers",
          "bad-date.no-such-day-month", "syntax.recipients-and-unnamed", "syntax.second-schedule",
          "syntax.bad-grace", "syntax.bad-offset", "bad-date.no-such-date"}) {
        INFO(variant);
        CHECK(variants.count(variant) == 1);
    }
    // What the parser refuses first (a year out of range, a schedule with the wrong number of day-months)
    // and the builder checks again: worded the same, with the English the builder writes as `detail`.
    const std::vector<std::tuple<std::string, MessageArgs, std::string>> guarded = {
        {"not-a-year", {{"detail.text", "99999"}}, "'99999' is not a year"},
        {"schedule-one-day",
         {{"detail.schedule", "yearly"}},
         "yearly takes one day-month (yearly due 10/12)"},
        {"schedule-two-days",
         {{"detail.schedule", "half-yearly"}},
         "half-yearly takes two day-months (half-yearly due 20/5, 25/11)"},
        {"schedule-no-day", {{"detail.schedule", "monthly"}}, "monthly takes no day-month"},
    };
    for (const auto& [variant, parts, detail] : guarded) {
        Finding f =
            make_finding(variant == "not-a-year" ? "bad-date" : "syntax", Location{"t.obl", 1, 1}, {}, parts);
        f.variant = variant;
        INFO(variant);
        CHECK(render_message(f, Lang::en) == detail);
        check_vietnamese(variant, render_message(f, Lang::vi), english);
    }
}

TEST_CASE("vietnamese: an empty file, an import out of the root and an import cycle are said in Vietnamese",
          "[catalogue][lang]") {
    const std::set<std::string> english = english_only_words();
    const auto dir = scratch_folder();
    std::filesystem::create_directories(dir / "rules");
    std::ofstream(dir / "outside.obl") << "agency X \"x\"\n";
    std::ofstream(dir / "rules" / "empty.obl") << "# nothing but a comment\n";
    std::ofstream(dir / "rules" / "a.obl") << "import \"b.obl\"\nimport \"../outside.obl\"\nagency A \"a\"\n";
    std::ofstream(dir / "rules" / "b.obl") << "import \"a.obl\"\nagency B \"b\"\n";
    const lang::LoadedProgram loaded =
        lang::load({(dir / "rules" / "empty.obl").string(), (dir / "rules" / "a.obl").string()});
    std::set<std::string> variants;
    for (const Finding& f : loaded.findings) {
        variants.insert(f.code + "." + f.variant);
        const std::string vi = render_message(f, Lang::vi);
        INFO(f.location.file << ":" << f.location.line << " " << f.arg("detail") << " / " << vi);
        CHECK(render_message(f, Lang::en) == f.arg("detail"));
        CHECK(vi != f.arg("detail"));
        check_vietnamese(f.code + "." + f.variant, vi, english);
    }
    for (const char* variant : {"syntax.declares-nothing", "bad-import.leaves-root", "bad-import.cycle"}) {
        INFO(variant);
        CHECK(variants.count(variant) == 1);
    }
    std::filesystem::remove_all(dir);
}

// ---- files oblige writes or reads besides plans and reports: outputs, baselines, the run history --------

TEST_CASE("vietnamese: an output, a baseline or a history that cannot be used is said in Vietnamese",
          "[catalogue][cli]") {
    const std::set<std::string> english = english_only_words();
    const auto dir = scratch_folder();
    const std::string plan = std::string(OBLIGE_SOURCE_DIR) + "/rules/son-la/gender-equality-2025.obl";
    const std::string missing_dir = (dir / "no-such-folder").string();
    std::ofstream(dir / "empty.txt") << "";
    std::ofstream(dir / "not-baseline.txt") << "hello\n";
    std::ofstream(dir / "old-baseline.txt") << "# oblige baseline 1\n";
    std::ofstream(dir / "bad-entry.txt") << "# oblige baseline 2\nnot-a-fingerprint\tx\n";
    std::ofstream(dir / "empty.db") << "";
    const std::string bad_entry = (dir / "bad-entry.txt").string();
    struct Case {
        std::vector<std::string> words;
        std::string english; // what English says, as it always did
        std::string vietnamese;
    };
    const std::vector<Case> cases = {
        {{"lint", plan, "--output", missing_dir + "/out.txt"},
         "cannot write '" + missing_dir + "/out.txt': cannot create a file in '" + missing_dir +
             "': No such file or directory",
         "không tạo được tệp trong '" + missing_dir + "': không có tệp hoặc thư mục này"},
        {{"lint", plan, "--output", missing_dir + "/"},
         "cannot write '" + missing_dir + "/': not a file name",
         "đây không phải tên tệp"},
        {{"lint", plan, "--output", "/dev/full"},
         "cannot write '/dev/full': No space left on device",
         "không ghi được '/dev/full': thiết bị đã hết chỗ trống"},
        {{"check", plan, "--reports", std::string(OBLIGE_SOURCE_DIR) + "/fixtures/son-la-2025", "--as-of",
          "2025-12-01", "--baseline", missing_dir + "/b.txt"},
         "cannot read baseline '" + missing_dir + "/b.txt': No such file or directory",
         "không đọc được tệp baseline"},
        {{"lint", plan, "--baseline", (dir / "empty.txt").string()},
         (dir / "empty.txt").string() + ": not an oblige baseline (empty:",
         "tệp rỗng"},
        {{"lint", plan, "--baseline", (dir / "not-baseline.txt").string()},
         (dir / "not-baseline.txt").string() + ":1: not an oblige baseline (its first line",
         "không phải tệp baseline của oblige"},
        {{"lint", plan, "--baseline", (dir / "old-baseline.txt").string()},
         (dir / "old-baseline.txt").string() + ":1: a baseline of an older format",
         "định dạng cũ"},
        {{"lint", plan, "--baseline", bad_entry},
         bad_entry +
             ":2: not a baseline entry: expected 16 hexadecimal digits, a tab, the code and the message, "
             "found 'not-a-fingerprint'",
         bad_entry + ":2: không phải một dòng baseline"},
        {{"history"},
         "name one history (oblige history DB [--plan ID] [--agency ID] [--last N])",
         "hãy nêu đúng một tệp lịch sử"},
        {{"history", (dir / "empty.db").string(), "--last", "0"},
         "--last '0' is not a positive number of runs",
         "--last '0' không phải là số lần chạy dương"},
        {{"history", (dir / "missing.db").string()},
         "no history at '" + (dir / "missing.db").string() + "' (oblige check --history",
         "không có lịch sử tại"},
        {{"history", (dir / "empty.db").string()},
         "'" + (dir / "empty.db").string() + "' holds no oblige history",
         "không chứa lịch sử chạy của oblige"},
    };
    for (const Case& c : cases) {
        for (const Lang lang : {Lang::en, Lang::vi}) {
            std::vector<std::string> words = c.words;
            words.insert(words.end(), {"--lang", lang == Lang::en ? "en" : "vi"});
            if (words[0] != "history") words.insert(words.end(), {"--fail-on", "never"});
            const Said said = say_in_process(words);
            std::string command;
            for (const std::string& w : words)
                command += w + " ";
            INFO(command << ": " << said.err);
            CHECK(said.status == 2);
            if (lang == Lang::en) {
                CHECK(said.err.find(c.english) != std::string::npos);
                continue;
            }
            CHECK(said.err.find(c.vietnamese) != std::string::npos);
            check_vietnamese(words[0] + " " + c.english, said.err, english);
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("vietnamese: every errno an output write can meet is worded", "[catalogue]") {
    for (const int e : {ENOSPC, EROFS, EDQUOT, EFBIG, EBUSY, EEXIST}) {
        INFO("errno " << e);
        CHECK(std::find(worded_errno_values().begin(), worded_errno_values().end(), e) !=
              worded_errno_values().end());
    }
}

TEST_CASE("vietnamese: an unknown --lang is said in English and in Vietnamese", "[catalogue][cli]") {
    const std::string plan = std::string(OBLIGE_SOURCE_DIR) + "/rules/son-la/gender-equality-2025.obl";
    for (const std::vector<std::string>& words : {std::vector<std::string>{"lint", plan, "--lang", "fr"},
                                                  {"lint", plan, "--lang=vn"},
                                                  {"check", plan, "--lang", "VI", "--reports", plan}}) {
        const Said said = say_in_process(words);
        const std::string value = words.size() == 3 ? words[2].substr(7) : words[3];
        INFO(said.err);
        CHECK(said.status == 2);
        std::vector<std::string> lines;
        std::istringstream in(said.err);
        for (std::string line; std::getline(in, line);)
            lines.push_back(line);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].rfind("oblige " + words[0] + ": unknown --lang '" + value + "' ('en', 'vi')", 0) == 0);
        CHECK(lines[1].rfind(
                  "oblige " + words[0] + ": --lang không nhận giá trị '" + value + "' ('en', 'vi')", 0) == 0);
        check_vietnamese("--lang " + value, lines[1], english_only_words());
    }
    // A close miss is guessed in each language.
    const Said close = say_in_process({"lint", plan, "--lang", "vu"});
    CHECK(close.err.find("did you mean 'vi'?") != std::string::npos);
    CHECK(close.err.find("có phải ý bạn là 'vi'?") != std::string::npos);
}
