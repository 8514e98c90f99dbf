// `oblige test FILE.obl...`: checks each file's `# expect: code` annotations against what lint reports,
// both ways: every expectation met, and nothing reported that was not expected.
#include "base/catalogue.hpp"
#include "checks/plan_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "lang/loader.hpp"
#include "lang/scan.hpp"
#include "plan/builder.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>

namespace oblige::cli {

namespace {

struct Expectations {
    std::set<std::pair<int, std::string>> on_line; // (line, code)
    std::set<std::string> in_file;
};

std::vector<std::string> split_codes(const std::string& text) {
    std::vector<std::string> codes;
    std::string code;
    for (char c : text + ",") {
        if (c == ',' || c == ' ' || c == '\t' || c == '\r') {
            if (!code.empty()) codes.push_back(code);
            code.clear();
        } else {
            code += c;
        }
    }
    return codes;
}

// Annotations live in comments only: `title "… # expect: no-lead"` is a title, not an expectation.
Expectations read_expectations(std::string_view text) {
    Expectations e;
    static constexpr std::string_view line_marker = "# expect:", file_marker = "# expect-file:";
    int line = 1;
    std::size_t counted_to = 0;
    for (const lang::scan::Span& comment : lang::scan::comments(text)) {
        line += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted_to),
                                            text.begin() + static_cast<std::ptrdiff_t>(comment.begin), '\n'));
        counted_to = comment.begin;
        const std::string_view body = text.substr(comment.begin, comment.end - comment.begin);
        if (auto at = body.find(file_marker); at != std::string_view::npos) {
            for (auto& c : split_codes(std::string(body.substr(at + file_marker.size()))))
                e.in_file.insert(c);
        } else if (auto at2 = body.find(line_marker); at2 != std::string_view::npos) {
            for (auto& c : split_codes(std::string(body.substr(at2 + line_marker.size()))))
                e.on_line.insert({line, c});
        }
    }
    return e;
}

// Returns the failures of one file, each a line of text.
std::vector<std::string> test_file(const std::string& path, const Arguments& args, bool& unreadable) {
    const Lang lang = args.lang;
    lang::LoadOptions options;
    options.root = args.value("--root");
    lang::LoadedProgram loaded = lang::load({path}, options);
    std::vector<std::string> failures;
    if (lang::entry_unreadable(loaded)) {
        unreadable = true;
        return {say("cli.cannot-read", lang, {{"file", path}})};
    }
    const std::string text = loaded.files.front().source->text();
    const std::string display = loaded.files.front().source->path();
    const plan::Program program = plan::build(std::move(loaded));
    const auto findings = checks::run_plan_checks(program);
    const Expectations expected = read_expectations(text);

    std::set<std::pair<int, std::string>> reported;
    std::set<std::string> reported_anywhere;
    // An annotation names a code, or a code and its message variant (`many-leads.divided`) to pin which
    // message a finding must carry.
    auto variant_of = [](const Finding& f) { return f.variant.empty() ? f.code : f.code + "." + f.variant; };
    for (const auto& f : findings) {
        if (f.location.file != display) continue; // imported files are tested on their own
        reported.insert({f.location.line, f.code});
        reported.insert({f.location.line, variant_of(f)});
        reported_anywhere.insert(f.code);
        reported_anywhere.insert(variant_of(f));
    }
    for (const auto& [line, code] : expected.on_line)
        if (!reported.count({line, code}))
            failures.push_back(say("cli.test-expected", lang,
                                   {{"where", display + ":" + std::to_string(line)}, {"code", code}}));
    for (const auto& code : expected.in_file)
        if (!reported_anywhere.count(code))
            failures.push_back(say("cli.test-expected-file", lang, {{"where", display}, {"code", code}}));
    std::set<std::pair<int, std::string>> told;
    for (const auto& f : findings) {
        if (f.location.file != display) continue;
        if (expected.on_line.count({f.location.line, f.code}) || expected.in_file.count(f.code) ||
            expected.on_line.count({f.location.line, variant_of(f)}) || expected.in_file.count(variant_of(f)))
            continue;
        if (!told.insert({f.location.line, f.code}).second) continue;
        failures.push_back(
            say("cli.test-unexpected", lang,
                {{"where", f.location.text()}, {"code", f.code}, {"message", render_message(f, lang)}}));
    }
    return failures;
}

} // namespace

int run_test(const Arguments& args, std::ostream& out, std::ostream& err) {
    if (args.positional.empty()) {
        err << prefix(args) << say("cli.test-usage", args.lang) << "\n";
        return exit_usage;
    }
    int passed = 0, failed = 0;
    bool unreadable = false;
    for (const auto& path : args.positional) {
        const auto failures = test_file(path, args, unreadable);
        out << (failures.empty() ? "PASS " : "FAIL ") << path << "\n";
        for (const auto& f : failures)
            out << "  " << f << "\n";
        (failures.empty() ? passed : failed)++;
    }
    out << say("cli.test-summary", args.lang,
               {{"passed", std::to_string(passed)}, {"failed", std::to_string(failed)}})
        << "\n";
    if (unreadable) return exit_usage;
    return failed ? 1 : 0;
}

} // namespace oblige::cli
