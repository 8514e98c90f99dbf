// The junit output: JUnit XML as Jenkins and GitLab read it. One <testsuite> per agency; in it, one failing
// <testcase> per error or warning finding, each with exactly one <failure> (dashboards show a case's
// first failure only, so a second one would hide), and one passing <testcase> per expected submission
// that no error or warning names. Notes go to the <system-out> of their submission's first case.
// Findings that concern no agency go to a suite named after their file.
#include "base/escapes.hpp"
#include "output/formats.hpp"
#include "output/numbers.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <tuple>

namespace oblige::output {

namespace {

// What a test case stands for: a submission (plan, duty, recipient, period) of the suite's agency, or for
// findings without an agency, the plan objects they concern.
struct CaseKey {
    std::string plan, duty, recipient, period, indicator, code;
    auto operator<=>(const CaseKey&) const = default;
};

struct Case {
    std::vector<const Finding*> findings;
};

struct Suite {
    std::string name;
    std::string classname;
    std::map<CaseKey, Case> cases;
    std::vector<std::pair<std::string, std::string>> properties; // the reporting figures
};

// The DHIS2 figures as JUnit properties: expected, actual, on_time and the two rates (0..1, four decimals).
void add_figures(Suite& suite, const std::string& prefix, const reports::Figures& f) {
    suite.properties.emplace_back(prefix + "expected", std::to_string(f.expected));
    suite.properties.emplace_back(prefix + "actual", std::to_string(f.actual));
    suite.properties.emplace_back(prefix + "on_time", std::to_string(f.on_time));
    if (f.expected > 0) {
        suite.properties.emplace_back(prefix + "reporting_rate", fixed_ratio(f.actual, f.expected, 4));
        suite.properties.emplace_back(prefix + "on_time_rate", fixed_ratio(f.on_time, f.expected, 4));
    }
}

CaseKey agency_case(const SubjectWords& s) {
    return {std::string(s.plan), std::string(s.duty), std::string(s.recipient), s.period, {}, {}};
}

CaseKey plan_case(const Finding& f, const SubjectWords& s) {
    CaseKey key{std::string(s.plan),      std::string(s.duty),
                std::string(s.recipient), s.period,
                std::string(s.indicator), {}};
    if (key == CaseKey{}) key.code = f.code; // nothing else to tell them apart: one case per code
    return key;
}

std::string case_name(const CaseKey& key, bool show_plan, Lang lang) {
    std::string name;
    const auto part = [&](const std::string& prefix, const std::string& value) {
        if (value.empty()) return;
        if (!name.empty()) name += ' ';
        name += prefix + value;
    };
    if (show_plan && !key.plan.empty()) name = "[" + key.plan + "]";
    part("", key.indicator);
    part("", key.duty);
    part("\u2192 ", key.recipient);
    part("\u00B7 ", key.period);
    part("", key.code);
    if (name.empty() || name == "[" + key.plan + "]") part("", label("label.plan-roles", lang));
    return name;
}

std::string diagnostic_line(const Finding& f, Lang lang) {
    std::string line;
    if (!f.location.file.empty()) line += f.location.text() + ": ";
    line += label(std::string("severity.") + severity_name(f.severity), lang) + ": " +
            render_message(f, lang) + " [" + f.code + "]\n";
    for (const Related& r : f.related) {
        if (!r.location.file.empty()) line += r.location.text() + ": ";
        line += label("severity.note", lang) + ": " + render_related(r, lang) + "\n";
    }
    if (!f.source.empty()) line += "  (" + label("label.plan-text", lang) + ": " + f.source + ")\n";
    return line;
}

std::string attr(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + xml_attribute(value) + "\"";
}

} // namespace

void render_junit(const checks::RunResult& result, const RenderOptions& options, std::ostream& out,
                  std::span<const Subjects> expected) {
    const Lang lang = options.lang;
    // Suites keyed so that plan-file suites ("0" + file) come before agency suites ("1" + id).
    std::map<std::string, Suite> suites;
    std::set<std::string> plans;

    const auto agency_suite = [&](const std::string& id) -> Suite& {
        auto [it, added] = suites.try_emplace("1" + id);
        if (added) {
            const std::string name = agency_name(result, id);
            it->second.name = name.empty() ? id : id + " (" + name + ")";
            it->second.classname = id;
        }
        return it->second;
    };

    const SubjectNames& subjects = subject_names(result);
    for (const Subjects& s : expected) {
        if (s.agency.empty()) continue;
        const SubjectWords words = subject_words(s, subjects);
        agency_suite(std::string(words.agency)).cases[agency_case(words)];
        plans.insert(s.plan);
    }
    for (const Finding& f : result.findings) {
        plans.insert(f.subjects.plan);
        const SubjectWords words = subject_words(f.subjects, subjects);
        if (!f.subjects.agency.empty()) {
            agency_suite(std::string(words.agency)).cases[agency_case(words)].findings.push_back(&f);
        } else {
            auto [it, added] = suites.try_emplace("0" + f.location.file);
            if (added) {
                it->second.name = f.location.file.empty() ? label("heading.no-file", lang) : f.location.file;
                // CI tools split a classname at dots into package and class: keep the file one name.
                it->second.classname = it->second.name;
                std::replace(it->second.classname.begin(), it->second.classname.end(), '.', '_');
            }
            it->second.cases[plan_case(f, words)].findings.push_back(&f);
        }
    }
    // Agencies that nothing went wrong for still show, as one passing case each.
    if (result.program)
        for (const plan::Agency& agency : result.program->agencies)
            if (!suites.count("1" + agency.id)) agency_suite(agency.id).cases[CaseKey{}];
    plans.erase("");
    const bool show_plan = plans.size() > 1 || result.figures.size() > 1;
    // Figures per agency (its own and rolled up the `under` hierarchy) and per plan, as suite properties.
    for (const reports::PlanFigures& plan : result.figures) {
        const std::string prefix = show_plan ? plan.plan + ":" : "";
        for (const reports::AgencyFigures& a : plan.agencies) {
            Suite& suite = agency_suite(agency_id_at(result, a.agency));
            add_figures(suite, prefix, a.own);
            add_figures(suite, prefix + "rolled_up.", a.rolled_up);
        }
        auto [it, added] = suites.try_emplace("2" + plan.plan);
        if (added) {
            it->second.name =
                fill_template(message_template("heading.figures", lang), {{"plan", plan.plan}}, lang);
            it->second.classname = "figures";
        }
        add_figures(it->second, "", plan.total);
    }

    std::string body;
    int total_tests = 0, total_failures = 0;
    for (const auto& [key, suite] : suites) {
        const bool no_findings_suite = key[0] == '1' && suite.cases.size() == 1 &&
                                       suite.cases.begin()->second.findings.empty() &&
                                       suite.cases.begin()->first == CaseKey{};
        int failures = 0;
        std::string cases;
        int tests = 0;
        std::set<std::string> names; // a case name twice in a suite is one case to most dashboards
        const auto unique = [&](std::string name) {
            const std::string base = name;
            for (int n = 2; !names.insert(name).second; ++n)
                name = base + " #" + std::to_string(n);
            return name;
        };
        const auto testcase = [&](const std::string& name, const std::string& failure,
                                  const std::string& notes) {
            ++tests;
            cases += "    <testcase" + attr("name", unique(name)) + attr("classname", suite.classname) +
                     attr("time", "0");
            if (failure.empty() && notes.empty()) {
                cases += "/>\n";
                return;
            }
            cases += ">\n" + failure;
            if (!notes.empty()) cases += "      <system-out>" + xml_text(notes) + "</system-out>\n";
            cases += "    </testcase>\n";
        };
        for (const auto& [case_key, c] : suite.cases) {
            std::string notes;
            std::vector<const Finding*> failing;
            for (const Finding* f : c.findings) {
                if (f->severity == Severity::note)
                    notes += diagnostic_line(*f, lang);
                else
                    failing.push_back(f);
            }
            const std::string name =
                no_findings_suite ? label("label.no-findings", lang) : case_name(case_key, show_plan, lang);
            if (failing.empty()) {
                testcase(name, "", notes);
                continue;
            }
            for (const Finding* f : failing) {
                std::string case_title = name;
                if (!f->subjects.indicator.empty() && case_key.indicator.empty())
                    case_title += " \u00B7 " + std::string(subject_words(f->subjects, subjects).indicator);
                case_title += " [" + f->code + "]";
                testcase(case_title,
                         "      <failure" + attr("message", render_message(*f, lang)) +
                             attr("type", f->code) + ">" + xml_text(diagnostic_line(*f, lang)) +
                             "</failure>\n",
                         notes);
                ++failures;
                notes.clear(); // the notes once, with the submission's first case
            }
        }
        total_tests += tests;
        total_failures += failures;
        std::string properties;
        if (!suite.properties.empty()) {
            properties = "    <properties>\n";
            for (const auto& [name, value] : suite.properties)
                properties += "      <property" + attr("name", name) + attr("value", value) + "/>\n";
            properties += "    </properties>\n";
        }
        body += "  <testsuite" + attr("name", suite.name) + attr("tests", std::to_string(tests)) +
                attr("failures", std::to_string(failures)) + attr("errors", "0") + attr("skipped", "0") +
                attr("time", "0") + ">\n" + properties + cases + "  </testsuite>\n";
    }

    std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    text += "<testsuites" + attr("name", "oblige " + result.command) +
            attr("tests", std::to_string(total_tests)) + attr("failures", std::to_string(total_failures)) +
            attr("errors", "0") + attr("time", "0") + ">\n";
    text += body;
    text += "</testsuites>\n";
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

} // namespace oblige::output
