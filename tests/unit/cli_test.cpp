// The command line as users meet it: exit statuses, usage errors, and what lint, who, graph, test and
// check print. Runs the built `oblige` binary from the source folder.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
    int status = -1;
    std::string out;
};

Run oblige(const std::string& arguments) {
    const std::string command =
        std::string("cd '") + OBLIGE_SOURCE_DIR + "' && '" + OBLIGE_BINARY + "' " + arguments + " 2>&1";
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
        run.out.append(buffer.data(), n);
    const int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

std::string temp_plan(const std::string& name, const std::string& text) {
    const auto dir = std::filesystem::temp_directory_path() / "oblige-cli-test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

const std::string clean_plan = R"(plan "T" { title "clean" issuer UB period 2024 to 2025 }
agency UB "Issuer"
agency A "Agency A"
goal G1 "Goal" { indicator CT1 "one" { unit percent  target >= 50 by 2025  lead A } }
duty "Yearly" { from leads  covers own  to UB  yearly due 15/1 next }
)";

} // namespace

TEST_CASE("usage errors exit with status 2 and say what is wrong", "[cli]") {
    CHECK(oblige("").status == 2);
    CHECK(oblige("frobnicate x.obl").status == 2);
    const Run missing = oblige("lint no/such/plan.obl");
    CHECK(missing.status == 2);
    CHECK(missing.out.find("no/such/plan.obl") != std::string::npos);
    const Run typo = oblige("lint rules/bac-giang/khcn-2024.obl --fromat json");
    CHECK(typo.status == 2);
    CHECK(typo.out.find("--fromat") != std::string::npos);
    CHECK(oblige("lint rules/bac-giang/khcn-2024.obl --format yaml").status == 2);
    CHECK(oblige("lint rules/bac-giang/khcn-2024.obl --fail-on sometimes").status == 2);
    const std::string plan = "rules/khanh-hoa/gender-equality-2021-2025.obl";
    CHECK(oblige("check " + plan + " --as-of 2025-01-15").status == 2); // no --reports
    CHECK(oblige("check " + plan + " --reports fixtures/khanh-hoa-2024 --as-of 2025-02-30").status == 2);
    CHECK(oblige("check " + plan + " --reports fixtures/khanh-hoa-2024 --period 2024-Q5").status == 2);
    CHECK(oblige("check " + plan + " --reports no/such/dir --as-of 2025-01-15").status == 2);
}

TEST_CASE("lint's exit status follows --fail-on", "[cli]") {
    const std::string clean = temp_plan("clean.obl", clean_plan);
    CHECK(oblige("lint '" + clean + "'").status == 0);
    // Bắc Giang's plan has warnings (no-deadline, chain-broken) and no error.
    CHECK(oblige("lint rules/bac-giang/khcn-2024.obl").status == 0);
    CHECK(oblige("lint rules/bac-giang/khcn-2024.obl --fail-on warning").status == 1);
    CHECK(oblige("lint rules/bac-giang/khcn-2024.obl --fail-on note").status == 1);
    // Khánh Hòa's has errors.
    CHECK(oblige("lint rules/khanh-hoa/gender-equality-2021-2025.obl").status == 1);
    CHECK(oblige("lint rules/khanh-hoa/gender-equality-2021-2025.obl --fail-on never").status == 0);
}

TEST_CASE("who answers for an indicator and for an agency", "[cli]") {
    const std::string plan = "rules/khanh-hoa/gender-equality-2021-2025.obl";
    const Run indicator = oblige("who " + plan + " MT2.CT3");
    CHECK(indicator.status == 0);
    CHECK(indicator.out.find("lead:") != std::string::npos);
    CHECK(indicator.out.find("KH_SKHDT") != std::string::npos);
    CHECK(indicator.out.find("KH_NHCSXH") != std::string::npos);
    CHECK(indicator.out.find("chain: KH_SLDTBXH → KH_UBND") != std::string::npos);
    const Run agency = oblige("who " + plan + " KH_SNV");
    CHECK(agency.status == 0);
    CHECK(agency.out.find("lead MT1.CT1") != std::string::npos);
    const Run nobody = oblige("who " + plan + " KH_NOBODY");
    CHECK(nobody.status == 2); // a name that is nothing is a usage error
    CHECK(nobody.out.find("KH_NOBODY") != std::string::npos);
}

TEST_CASE("graph writes DOT and GraphML", "[cli]") {
    const std::string clean = temp_plan("clean.obl", clean_plan);
    const Run dot = oblige("graph '" + clean + "'");
    CHECK(dot.status == 0);
    CHECK(dot.out.find("digraph") != std::string::npos);
    CHECK(dot.out.find("reports") == std::string::npos); // edge labels are the duty names
    CHECK(dot.out.find("Yearly") != std::string::npos);
    const Run graphml = oblige("graph '" + clean + "' --format graphml");
    CHECK(graphml.status == 0);
    CHECK(graphml.out.find("<graphml") != std::string::npos);
}

TEST_CASE("test passes a plan whose annotations hold and fails one whose do not", "[cli]") {
    CHECK(oblige("test src/checks/plan/ownership_test.obl").status == 0);
    const std::string wrong = temp_plan("wrong_test.obl", clean_plan + "# expect-file: many-leads\n");
    const Run run = oblige("test '" + wrong + "'");
    CHECK(run.status == 1);
    CHECK(run.out.find("expected many-leads") != std::string::npos);
    CHECK(run.out.find("0 passed, 1 failed") != std::string::npos);
    const std::string unexpected = temp_plan(
        "unexpected_test.obl", "plan \"U\" { title \"u\" issuer UB period 2024 to 2025 }\nagency UB \"I\"\n"
                               "agency IDLE \"idle\"\n");
    const Run surprise = oblige("test '" + unexpected + "'");
    CHECK(surprise.status == 1);
    CHECK(surprise.out.find("unexpected unused-agency") != std::string::npos);
}

TEST_CASE("test reads annotations from comments only, never from inside a string", "[cli]") {
    std::string quoted = clean_plan;
    quoted.replace(quoted.find("title \"clean\""), 13, "title \"clean # expect: no-lead\"");
    CHECK(oblige("test '" + temp_plan("quoted_test.obl", quoted) + "'").status == 0);
    // The same words in a comment after the string are an annotation, and this one is not met.
    std::string commented = clean_plan;
    commented.replace(commented.find("title \"clean\""), 13, "title \"clean # \\\" x\"");
    commented.insert(commented.find('\n'), " # expect: no-lead");
    const Run run = oblige("test '" + temp_plan("commented_test.obl", commented) + "'");
    CHECK(run.status == 1);
    CHECK(run.out.find("commented_test.obl:1: expected no-lead, not reported") != std::string::npos);
}

TEST_CASE("every format carries the reporting figures", "[cli]") {
    const std::string base = "check rules/son-la/gender-equality-2025.obl --reports fixtures/son-la-2025 "
                             "--as-of 2025-12-01 --format ";
    // Sơn La 2025: 50 submissions expected, 45 arrived, 42 on time (fixtures/README.md: 25/11 is late).
    const Run json = oblige(base + "json");
    CHECK(json.out.find(
              "\"total\": {\n        \"expected\": 50,\n        \"actual\": 45,\n        \"on_time\": 42,") !=
          std::string::npos);
    const Run sarif = oblige(base + "sarif");
    CHECK(sarif.out.find("\"properties\"") != std::string::npos);
    CHECK(sarif.out.find("\"reporting_rate\": 0.9000") != std::string::npos);
    const Run junit = oblige(base + "junit");
    CHECK(junit.out.find("<property name=\"reporting_rate\" value=\"0.9000\"/>") != std::string::npos);
    CHECK(junit.out.find("<property name=\"rolled_up.expected\"") != std::string::npos);
    const Run csv = oblige(base + "csv --table figures");
    CHECK(csv.out.find("plan,agency,name,scope,expected,actual,on_time,late,missing,pending,reporting_rate,"
                       "on_time_rate") != std::string::npos);
    CHECK(oblige(base + "csv --table pivot").status == 2);
    const Run text = oblige(base + "text");
    CHECK(text.out.find("plan total") != std::string::npos);
}

TEST_CASE("check --period keeps an inspector's round and nothing else", "[cli]") {
    const std::string base =
        "check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 "
        "--as-of 2025-01-15 --format csv";
    const Run all = oblige(base);
    const Run round = oblige(base + " --period 2024");
    CHECK(all.status == 1);
    CHECK(round.status == 1);
    CHECK(all.out.find(",2023,") != std::string::npos); // 2023 reports never came
    CHECK(round.out.find(",2023,") == std::string::npos);
    CHECK(round.out.find("missing-report") != std::string::npos); // Sở Ngoại vụ's 2024 report
}

TEST_CASE("check reads a report folder named twice once (no duplicate-report from it)", "[cli]") {
    const std::string base =
        "check rules/son-la/gender-equality-2025.obl --as-of 2025-12-01 --format csv --reports ";
    const Run once = oblige(base + "fixtures/son-la-2025");
    const Run twice =
        oblige(base + "fixtures/son-la-2025 ./fixtures/son-la-2025/ fixtures/son-la-2025/../son-la-2025");
    CHECK(twice.status == once.status);
    CHECK(twice.out == once.out);
}

TEST_CASE("check: the baseline says what it hid and which entries are fixed; an old baseline is refused",
          "[cli]") {
    const auto dir = std::filesystem::temp_directory_path() / "oblige-cli-baseline";
    std::filesystem::create_directories(dir);
    const std::string baseline = (dir / "baseline.txt").string();
    const std::string run = "check rules/son-la/gender-equality-2025.obl --reports fixtures/son-la-2025 "
                            "--as-of 2025-12-01 --format json --fail-on never ";
    REQUIRE(oblige(run + "--write-baseline '" + baseline + "'").status == 0);
    std::ifstream in(baseline);
    std::string header, first, text;
    std::getline(in, header);
    CHECK(header.rfind("# oblige baseline 2:", 0) == 0);
    int entries = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        if (first.empty()) {
            first = line; // dropped below: its finding becomes new again
            continue;
        }
        text += line + "\n";
        ++entries;
    }
    std::ofstream(baseline, std::ios::binary) << header << "\n"
                                              << text << "00000000000000aa\tno-lead\tgone\n";
    const Run hid = oblige(run + "--baseline '" + baseline + "' --lang vi");
    CHECK(hid.out.find("đã khắc phục: 00000000000000aa no-lead: gone") != std::string::npos);
    CHECK(hid.out.find("1 trong số " + std::to_string(entries + 1) + " mục") != std::string::npos);
    CHECK(hid.out.find("\"fingerprint\": \"" + first.substr(0, 16) + "\"") != std::string::npos);

    std::ofstream(baseline, std::ios::binary) << "# oblige baseline: accepted findings\n" << first << "\n";
    const Run old = oblige(run + "--baseline '" + baseline + "'");
    CHECK(old.status == 2);
    CHECK(old.out.find("a baseline of an older format") != std::string::npos);
    CHECK(old.out.find("--write-baseline " + baseline) != std::string::npos);
    std::filesystem::remove_all(dir);
}

// ---- issue 15: the command line's frictions -------------------------------------------------------------

namespace {
const std::string kh = "rules/khanh-hoa/gender-equality-2021-2025.obl";
const std::string sl = "rules/son-la/gender-equality-2025.obl";
const std::string kh_round =
    "check " + kh + " --reports fixtures/khanh-hoa-2024 --as-of 2025-01-15 --period 2024";

int occurrences(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// The lines of `text` from the one starting with `from` up to the one starting with `to` (or the end).
std::string from_line(const std::string& text, const std::string& from, const std::string& to = "\x01") {
    const auto at = text.find(from);
    if (at == std::string::npos) return {};
    const auto end = text.find(to, at);
    return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}
} // namespace

TEST_CASE("every subcommand answers --help and -h with its options, exit 0", "[cli]") {
    for (const std::string command : {"lint", "check", "graph", "who", "owners", "template", "test"}) {
        CAPTURE(command);
        const Run help = oblige(command + " --help");
        CHECK(help.status == 0);
        CHECK(help.out.find("usage: oblige " + command) != std::string::npos);
        CHECK(help.out.find("--lang") != std::string::npos);
        const Run h = oblige(command + " " + kh + " -h");
        CHECK(h.status == 0);
        CHECK(h.out == help.out);
    }
    CHECK(oblige("check --help").out.find("--period") != std::string::npos);
    CHECK(oblige("check --help --lang vi").out.find("cách dùng") != std::string::npos);
    CHECK(oblige("help check").out == oblige("check --help").out);
    const Run usage = oblige("--help");
    CHECK(usage.status == 0);
    for (const std::string option : {"--period", "--table", "--root", "--only", "--ignore", "--quiet"})
        CHECK(usage.out.find(option) != std::string::npos);
    CHECK(usage.out.find("oblige owners") != std::string::npos);
}

TEST_CASE("unknown commands and options get a did-you-mean and exit 2", "[cli]") {
    const Run command = oblige("chekc " + kh);
    CHECK(command.status == 2);
    CHECK(command.out.find("did you mean 'check'?") != std::string::npos);
    const Run option = oblige("lint " + kh + " --fial-on never");
    CHECK(option.status == 2);
    CHECK(option.out.find("did you mean '--fail-on'?") != std::string::npos);
    const Run short_option = oblige("lint " + kh + " -x");
    CHECK(short_option.status == 2);
    CHECK(short_option.out.find("unknown option '-x'") != std::string::npos);
}

TEST_CASE("output: -o is --output, and --output - is standard output", "[cli]") {
    const auto dir = std::filesystem::temp_directory_path() / "oblige-cli-output";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "lint.json").string();
    CHECK(oblige("lint " + kh + " --format json -o '" + file + "'").status == 1);
    CHECK(std::filesystem::file_size(file) > 100);
    const Run dash = oblige("lint " + kh + " --format json --output - --fail-on never");
    CHECK(dash.status == 0);
    CHECK(dash.out.find("\"findings\"") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(std::string(OBLIGE_SOURCE_DIR) + "/-"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("check: --reports DIR PLAN.obl does not swallow the plan", "[cli]") {
    const Run run = oblige("check --reports fixtures/son-la-2025 " + sl + " --as-of 2025-12-01 --format csv");
    CHECK(run.status == 1);
    CHECK(run.out.find("late-report") != std::string::npos);
}

TEST_CASE("check: --only and --ignore choose the findings, and the figures never change", "[cli]") {
    const Run all = oblige(kh_round + " --format csv");
    const Run report = oblige(kh_round + " --format csv --only report");
    const Run plan = oblige(kh_round + " --format csv --only plan");
    REQUIRE(all.out.find("dissolved-agency") != std::string::npos);
    CHECK(report.out.find("dissolved-agency") == std::string::npos);
    CHECK(report.out.find("missing-report") != std::string::npos);
    CHECK(plan.out.find("missing-report") == std::string::npos);
    CHECK(plan.out.find("dissolved-agency") != std::string::npos);
    const Run ignored = oblige(kh_round + " --format csv --ignore dissolved-agency,no-deadline");
    CHECK(ignored.out.find("dissolved-agency") == std::string::npos);
    CHECK(ignored.out.find("missing-report") != std::string::npos);
    // The figures are the same whichever findings are shown.
    const std::string figures = oblige(kh_round + " --format csv --table figures").out;
    for (const std::string choice :
         {" --only plan", " --only report", " --ignore missing-report,late-report", " --quiet"})
        CHECK(oblige(kh_round + " --format csv --table figures" + choice).out == figures);
    const std::string json_figures =
        from_line(oblige(kh_round + " --format json").out, "  \"figures\"", "  \"findings\"");
    REQUIRE(json_figures.size() > 100);
    CHECK(from_line(oblige(kh_round + " --format json --only plan").out, "  \"figures\"", "  \"findings\"") ==
          json_figures);
    const Run unknown = oblige(kh_round + " --ignore dissolved-agnecy");
    CHECK(unknown.status == 2);
    CHECK(unknown.out.find("did you mean 'dissolved-agency'?") != std::string::npos);
    // --fail-on sees only what is left: Khánh Hòa's plan errors are not report findings.
    CHECK(oblige("lint " + kh).status == 1);
    CHECK(oblige("lint " + kh + " --only report").status == 0);
}

TEST_CASE("check: --quiet keeps the summary and figures, not each finding", "[cli]") {
    const Run full = oblige(kh_round);
    const Run quiet = oblige(kh_round + " --quiet");
    CHECK(quiet.status == full.status);
    CHECK(quiet.out.find(": error:") == std::string::npos);
    CHECK(full.out.find(": error:") != std::string::npos);
    CHECK(quiet.out.find("plan total") != std::string::npos);
    CHECK(from_line(quiet.out, "plan total") == from_line(full.out, "plan total"));
}

TEST_CASE("every subcommand accepts --lang vi and speaks Vietnamese", "[cli]") {
    CHECK(oblige("who " + kh + " MT2.CT3 --lang vi").out.find("chủ trì") != std::string::npos);
    CHECK(oblige("owners " + kh + " --lang vi").out.find("phối hợp") != std::string::npos);
    CHECK(oblige("graph " + kh + " --lang vi").status == 0);
    CHECK(oblige("template " + sl + " --agency SL_SYT --period 2025 --lang vi").status == 0);
    CHECK(oblige("test src/checks/plan/ownership_test.obl --lang vi").out.find("1 đạt, 0 không đạt") !=
          std::string::npos);
    CHECK(oblige("who " + kh + " KH_NOBODY --lang vi").out.find("không có cơ quan") != std::string::npos);
}

TEST_CASE("who: one line per role, goals, did-you-mean, unknown names are errors, json output", "[cli]") {
    const Run agency = oblige("who " + kh + " KH_SNV");
    CHECK(occurrences(agency.out, "lead MT1.CT1 ") == 1);
    const Run goal = oblige("who " + kh + " MT2");
    CHECK(goal.status == 0);
    CHECK(goal.out.find("MT2.CT1") != std::string::npos);
    CHECK(goal.out.find("MT2.CT3") != std::string::npos);
    const Run typo = oblige("who " + kh + " MT2.CT33");
    CHECK(typo.status == 2);
    CHECK(typo.out.find("did you mean 'MT2.CT3'?") != std::string::npos);
    const Run nothing = oblige("who " + kh + " MT9.CT9");
    CHECK(nothing.status == 2);
    CHECK(nothing.out.find("MT9.CT9") != std::string::npos);
    const Run json = oblige("who " + kh + " MT2.CT3 --format json");
    CHECK(json.status == 0);
    CHECK(json.out.rfind("[\n", 0) == 0);
    CHECK(json.out.find("\"kind\": \"indicator\"") != std::string::npos);
    CHECK(json.out.find("\"agency\": \"KH_SKHDT\"") != std::string::npos);
    CHECK(oblige("who " + kh + " KH_SNV --format json").out.find("\"kind\": \"agency\"") !=
          std::string::npos);
}

TEST_CASE("owners: every indicator with its owners, gaps and duplicates marked", "[cli]") {
    const Run csv = oblige("owners " + kh + " --format csv");
    CHECK(csv.status == 0);
    CHECK(csv.out.find("plan,indicator,leads,supports,reporters,recipients,gaps,duplicates,title") !=
          std::string::npos);
    // MT2.CT3 has two leads (SPEC §1's example, encoded in the Khánh Hòa plan).
    const auto row = csv.out.find(",MT2.CT3,");
    REQUIRE(row != std::string::npos);
    const std::string line = csv.out.substr(row, csv.out.find('\n', row) - row);
    CHECK(line.find("KH_NHCSXH KH_SKHDT") != std::string::npos);
    CHECK(line.find("many-leads") != std::string::npos);
    const Run text = oblige("owners " + kh);
    CHECK(text.out.find("duplicate: several leads [many-leads]") != std::string::npos);
    CHECK(oblige("owners " + kh + " --format json").out.find("\"duplicates\": [") != std::string::npos);
    CHECK(oblige("owners").status == 2);
    CHECK(oblige("owners rules/bac-giang/khcn-2024.obl").out.find("names no indicator") != std::string::npos);
}

TEST_CASE("template --period YEAR covers every period of that year", "[cli]") {
    const Run year = oblige("template " + sl + " --agency SL_SYT --period 2025");
    CHECK(year.status == 0);
    CHECK(year.out.find("period=\"2025-H1\"") != std::string::npos);
    // Sơn La asks for the six-month report (2025-H1) and the yearly one (2025): one skeleton each.
    CHECK(year.out.find("period=\"2025\"") != std::string::npos);
    CHECK(year.out.find("period=\"2025-H2\"") == std::string::npos);
    const Run half = oblige("template " + sl + " --agency SL_SYT --period 2025-H1");
    CHECK(half.status == 0);
    CHECK(half.out.find("period=\"2025\"") == std::string::npos);
    CHECK(oblige("template " + sl + " --agency SL_SYTT --period 2025").out.find("did you mean 'SL_SYT'?") !=
          std::string::npos);
}

TEST_CASE("graph: exit 0 with a one-line note, short labels, yEd labels, an SVG that fits", "[cli]") {
    // Khánh Hòa's plan has errors; the graph is still drawn, and a pipeline under pipefail survives.
    const Run dot = oblige("graph " + kh);
    CHECK(dot.status == 0);
    CHECK(occurrences(dot.out, "the graph is drawn anyway") == 1);
    CHECK(dot.out.find("[label=\"KH_SNV\", tooltip=") != std::string::npos);
    CHECK(dot.out.find("label=\"MT2.CT3\"") != std::string::npos);
    const Run graphml = oblige("graph " + kh + " --format graphml");
    CHECK(graphml.status == 0);
    CHECK(graphml.out.find("yfiles.type=\"nodegraphics\"") != std::string::npos);
    CHECK(graphml.out.find("<y:NodeLabel>KH_SNV</y:NodeLabel>") != std::string::npos);
    const Run svg = oblige("graph " + kh + " --format svg");
    CHECK(svg.status == 0);
    const auto width_at = svg.out.find("width=\"");
    REQUIRE(width_at != std::string::npos);
    const double width = std::stod(svg.out.substr(width_at + 7));
    CHECK(width > 200);
    CHECK(width <= 4000);
    CHECK(svg.out.find("<title>KH_SNV: ") != std::string::npos);
}

TEST_CASE("v2 syntax through who, template, graph and check: heirs, uncertain, due before, six-month",
          "[cli][v2]") {
    const std::string plan = "fixtures/lang-v2/heirs.obl";
    const Run sld = oblige("who '" + plan + "' SLD");
    CHECK(sld.out.find("successor: SNV (Home Affairs)\n") != std::string::npos);
    CHECK(sld.out.find("successor for G.CT2: SYT (Health)\n") != std::string::npos);
    CHECK(sld.out.find("six-month due before 20/5 · yearly due before 25/11") != std::string::npos);
    const Run bdt = oblige("who '" + plan + "' BDT");
    CHECK(bdt.out.find(
              "successor: SDT (Ethnic and Religious Affairs) (probably: the sources do not confirm it)") !=
          std::string::npos);
    const Run snv = oblige("who '" + plan + "' SNV");
    CHECK(snv.out.find("reports to nobody named: \"Theo quy định\"") != std::string::npos);

    // After SLD ceased, SYT owes the six-month report on G.CT2 only, due before 20/5.
    const Run syt = oblige("template '" + plan + "' --agency SYT --period 2025-H1");
    CHECK(syt.status == 0);
    CHECK(syt.out.find("six-month due before 20/5; due before 2025-05-20") != std::string::npos);
    CHECK(syt.out.find("indicator=\"G.CT2\"") != std::string::npos);
    CHECK(syt.out.find("indicator=\"G.CT1\"") == std::string::npos);
    CHECK(oblige("template '" + plan + "' --agency SYT --period 2025-H2").out.find("<report") ==
          std::string::npos);

    const Run dot = oblige("graph '" + plan + "'");
    CHECK(dot.out.find("[tooltip=\"succeeded-by for G.CT2\", color=darkgreen]") != std::string::npos);
    CHECK(dot.out.find("[tooltip=\"succeeded-by (uncertain)\", color=darkgreen, style=dotted]") !=
          std::string::npos);

    // Nothing received for this plan (the one report is another plan's): every message naming the
    // unconfirmed heir hedges, in both languages.
    const std::string other_plans_report = "fixtures/son-la-2025/2025-CA-chitieu.xml";
    const Run en = oblige("check '" + plan + "' --reports " + other_plans_report + " --as-of 2025-12-31");
    CHECK(en.out.find("SDT has not sent 'Sáu tháng và năm' for 2025 to UB, due before 2025-11-25; the duty "
                      "probably passed to it") != std::string::npos);
    CHECK(en.out.find("its duties probably passed to SDT") != std::string::npos);
    CHECK(en.out.find("2025-H2") == std::string::npos);
    const Run vi =
        oblige("check '" + plan + "' --reports " + other_plans_report + " --as-of 2025-12-31 --lang vi");
    CHECK(
        vi.out.find("SDT chưa gửi 'Sáu tháng và năm' kỳ 2025 cho UB, hạn trước ngày 2025-11-25; nhiệm vụ có "
                    "thể đã chuyển cho cơ quan này") != std::string::npos);
}

// `test --reports`: a plan and its reports in one folder, as the fixture sets beside the report checks.
namespace {

std::string report_test_folder(const std::string& name, const std::string& report) {
    const auto dir = std::filesystem::temp_directory_path() / "oblige-cli-test" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "plan.obl", std::ios::binary)
        << "plan \"R\" { title \"r\" issuer UB period 2024 to 2024 }\nagency UB \"I\"\nagency A \"a\"\n"
           "duty \"Yearly\" { from A  covers narrative  to UB  yearly due 15/1 next }\n";
    std::ofstream(dir / "A.xml", std::ios::binary) << report;
    return dir.string();
}

const std::string late_report = "<?xml version=\"1.0\"?>\n"
                                "<report plan=\"R\" from=\"A\" to=\"UB\" period=\"2024\" "
                                "submitted=\"2025-01-20\"> <!-- expect: late-report -->\n</report>\n";

} // namespace

TEST_CASE("test --reports passes the report fixtures whose annotations hold, fails the others", "[cli]") {
    CHECK(
        oblige("test src/checks/report/timeliness_test/plan.obl --reports src/checks/report/timeliness_test "
               "--as-of 2025-03-01")
            .status == 0);
    const std::string good = report_test_folder("reports-good", late_report);
    const Run pass = oblige("test '" + good + "/plan.obl' --reports '" + good + "' --as-of 2025-03-01");
    CHECK(pass.status == 0);
    CHECK(pass.out.find("2 passed, 0 failed") != std::string::npos);
    // As of the due date the report is not late: the expectation is not met.
    const Run early = oblige("test '" + good + "/plan.obl' --reports '" + good + "' --as-of 2025-01-10");
    CHECK(early.status == 1);
    CHECK(early.out.find("future-date") != std::string::npos);
    CHECK(early.out.find("A.xml:2: expected late-report, not reported") != std::string::npos);
    // A finding nobody expected fails the file it is placed in.
    std::string unannotated = late_report;
    unannotated.replace(unannotated.find(" <!-- expect: late-report -->"), 29, "");
    const std::string bare = report_test_folder("reports-bare", unannotated);
    const Run surprise = oblige("test '" + bare + "/plan.obl' --reports '" + bare + "' --as-of 2025-03-01");
    CHECK(surprise.status == 1);
    CHECK(surprise.out.find("A.xml:2:1: unexpected late-report") != std::string::npos);
}

TEST_CASE("test --reports needs --as-of, and --as-of and --period need --reports", "[cli]") {
    const std::string good = report_test_folder("reports-usage", late_report);
    CHECK(oblige("test '" + good + "/plan.obl' --reports '" + good + "'").status == 2);
    CHECK(oblige("test '" + good + "/plan.obl' --reports '" + good + "' --as-of 2025-3-1").status == 2);
    CHECK(oblige("test '" + good + "/plan.obl' --as-of 2025-03-01").status == 2);
    CHECK(oblige("test '" + good + "/plan.obl' --reports '" + good + "' --as-of 2025-03-01 --period 2024-Q5")
              .status == 2);
    const Run vi = oblige("test '" + good + "/plan.obl' --reports '" + good + "' --lang vi");
    CHECK(vi.out.find("kiểm thử có báo cáo cần --as-of") != std::string::npos);
    const std::string vi_good = "test '" + good + "/plan.obl' --reports '" + good + "' --lang vi --as-of ";
    const Run vi_pass = oblige(vi_good + "2025-03-01");
    CHECK(vi_pass.out.rfind("ĐẠT " + good + "/plan.obl\nĐẠT " + good + "/A.xml\n", 0) == 0);
    CHECK(oblige(vi_good + "2025-01-10").out.find("\nKHÔNG ĐẠT " + good + "/A.xml\n") != std::string::npos);
}

TEST_CASE("cli: an unknown --lang is said, and the way to help shown, in English and in Vietnamese",
          "[cli]") {
    for (const std::string lang : {"--lang fr", "--lang=vn"}) {
        const Run run = oblige("lint rules/son-la/gender-equality-2025.obl " + lang);
        INFO(run.out);
        CHECK(run.status == 2);
        CHECK(run.out.find("unknown --lang '") != std::string::npos);
        CHECK(run.out.find("--lang không nhận giá trị '") != std::string::npos);
        CHECK(run.out.find("oblige lint --help lists its options\n") != std::string::npos);
        CHECK(run.out.find("oblige lint --help liệt kê các tùy chọn\n") != std::string::npos);
    }
    // Any other usage error says its hint once, in the language asked for.
    const Run other = oblige("lint rules/son-la/gender-equality-2025.obl --bogus");
    CHECK(other.out.find("liệt kê") == std::string::npos);
}
