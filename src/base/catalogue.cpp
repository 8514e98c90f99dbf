#include "base/catalogue.hpp"

#include <map>

namespace oblige {

bool parse_lang(std::string_view text, Lang& out) {
    if (text == "en")
        out = Lang::en;
    else if (text == "vi")
        out = Lang::vi;
    else
        return false;
    return true;
}

const std::vector<CodeInfo>& all_codes() {
    using S = Severity;
    using F = Family;
    static const std::vector<CodeInfo> codes = {
        {"syntax", S::error, F::plan, "the file cannot be parsed"},
        {"unknown-ref", S::error, F::plan, "a name refers to nothing declared"},
        {"duplicate-decl", S::error, F::plan, "the same id declared twice in one scope"},
        {"bad-import", S::error, F::plan,
         "an import cannot be read, escapes the rules root, or forms a cycle"},
        {"bad-date", S::error, F::plan, "a date, day-month or year that does not exist"},
        {"no-lead", S::error, F::plan, "an indicator (leaf or its ancestors) has no lead"},
        {"many-leads", S::warning, F::plan, "an indicator has more than one lead"},
        {"lead-and-support", S::warning, F::plan, "one agency is both lead and support of one indicator"},
        {"unreported", S::error, F::plan, "no duty covers the indicator: nobody is obliged to report it"},
        {"many-reporters", S::warning, F::plan,
         "several senders are obliged to report the same indicator to the same recipient"},
        {"reporter-not-lead", S::note, F::plan,
         "a duty makes an agency report an indicator it neither leads nor receives through another duty"},
        {"no-deadline", S::warning, F::plan, "a duty has no due date"},
        {"chain-broken", S::warning, F::plan, "reports from a sender can never reach the plan issuer"},
        {"chain-cycle", S::error, F::plan, "duties form a cycle of senders"},
        {"deadline-order", S::error, F::plan,
         "a report is due to a recipient after the day that recipient must itself report onward"},
        {"dissolved-agency", S::error, F::plan,
         "a duty sends to, or is carried by, an agency that has ceased to exist before the due date"},
        {"unused-agency", S::note, F::plan, "a declared agency has no role"},
        {"target-outside-period", S::warning, F::plan, "a target year lies outside the plan period"},
        {"bad-target", S::error, F::plan, "a target impossible for its unit"},
        {"no-target", S::note, F::plan, "a leaf indicator has no target"},
        {"xml-malformed", S::error, F::report, "not well-formed XML"},
        {"report-invalid", S::error, F::report, "a required attribute missing or malformed"},
        {"report-unknown", S::error, F::report,
         "names a plan, agency or indicator that the plan does not declare"},
        {"unexpected-report", S::warning, F::report,
         "no duty expects this sender to recipient report for this period"},
        {"missing-report", S::error, F::report, "the due date plus grace has passed and nothing arrived"},
        {"late-report", S::warning, F::report, "arrived after the due date plus grace"},
        {"pending-report", S::note, F::report, "not yet due and not yet received"},
        {"future-date", S::error, F::report, "submitted after --as-of"},
        {"missing-value", S::error, F::report,
         "the duty covers an indicator and the report carries no value"},
        {"unavailable-value", S::note, F::report, "a value declared status=\"unavailable\""},
        {"bad-value", S::error, F::report, "a value that does not parse for its unit, or out of range"},
        {"extra-value", S::warning, F::report, "a value for an indicator the duty does not cover"},
        {"duplicate-report", S::warning, F::report, "the same report received twice with identical values"},
        {"conflicting-values", S::error, F::report, "two values for one indicator and period disagree"},
        {"target-missed", S::warning, F::report, "a value in a target year fails the target"},
        {"target-met", S::note, F::report, "a value in a target year meets the target"},
        {"dissolved-sender", S::warning, F::report, "a report from an agency after it ceased to exist"},
        {"unknown-markup", S::warning, F::report,
         "an element or attribute the report format does not define"},
        {"unreadable-input", S::error, F::report, "a report path that cannot be read"},
    };
    return codes;
}

const CodeInfo* find_code(std::string_view code) {
    for (const auto& info : all_codes())
        if (info.code == code) return &info;
    return nullptr;
}

Severity code_severity(std::string_view code) {
    const CodeInfo* info = find_code(code);
    return info ? info->severity : Severity::error;
}

namespace {
struct Templates {
    const char* en;
    const char* vi;
};

// Placeholders: see each check for the args it sets. Vietnamese entries may be null until translated;
// the catalogue test lists every code that lacks one.
const std::map<std::string_view, Templates>& templates() {
    static const std::map<std::string_view, Templates> table = {
        {"syntax", {"{detail}", nullptr}},
        {"unknown-ref", {"unknown {kind} '{name}'{hint}", nullptr}},
        {"duplicate-decl", {"{kind} '{name}' is declared twice", nullptr}},
        {"bad-import", {"{detail}", nullptr}},
        {"bad-date", {"{detail}", nullptr}},
        {"no-lead", {"indicator {indicator} has no lead agency", nullptr}},
        {"many-leads", {"indicator {indicator} has {count} leads: {agencies}", nullptr}},
        {"lead-and-support", {"{agency} is both lead and support of indicator {indicator}", nullptr}},
        {"unreported", {"no duty covers indicator {indicator}: nobody is obliged to report it", nullptr}},
        {"many-reporters",
         {"indicator {indicator} is reported to {recipient} by {count} senders: {agencies}", nullptr}},
        {"reporter-not-lead",
         {"duty '{duty}' makes {agency} report {indicator}, which it neither leads nor receives", nullptr}},
        {"no-deadline", {"duty '{duty}' has no due date", nullptr}},
        {"chain-broken", {"reports from {agency} never reach the issuer {issuer}", nullptr}},
        {"chain-cycle", {"duties form a cycle of senders: {cycle}", nullptr}},
        {"deadline-order",
         {"{agency} reports to {recipient} by {due} for {period}, but {recipient} must report onward by "
          "{onward_due}",
          nullptr}},
        {"dissolved-agency",
         {"duty '{duty}' {role} {agency}, which ceased to exist on {until}, before the due date "
          "{due}{successor}",
          nullptr}},
        {"unused-agency", {"agency {agency} has no role in any plan", nullptr}},
        {"target-outside-period",
         {"target year {year} of {indicator} lies outside the plan period {first}-{last}", nullptr}},
        {"bad-target", {"target {target} of {indicator} is impossible for unit {unit}", nullptr}},
        {"no-target", {"indicator {indicator} has no target", nullptr}},
        {"xml-malformed", {"malformed XML: {detail}", nullptr}},
        {"report-invalid", {"{detail}", nullptr}},
        {"report-unknown", {"unknown {kind} '{name}'{hint}", nullptr}},
        {"unexpected-report",
         {"no duty expects a report from {agency} to {recipient} for {period}", nullptr}},
        {"missing-report",
         {"{agency} has not sent '{duty}' for {period} to {recipient}, due {due}", nullptr}},
        {"late-report",
         {"{agency} sent '{duty}' for {period} {days} day(s) late (due {due}, sent {submitted})", nullptr}},
        {"pending-report", {"'{duty}' for {period} from {agency} to {recipient} is due {due}", nullptr}},
        {"future-date", {"submitted {submitted}, after the as-of date {as_of}", nullptr}},
        {"missing-value", {"no value for {indicator}", nullptr}},
        {"unavailable-value", {"value for {indicator} declared unavailable{reason}", nullptr}},
        {"bad-value", {"value '{value}' for {indicator} is not a valid {unit}{hint}", nullptr}},
        {"extra-value", {"value for {indicator}, which duty '{duty}' does not cover", nullptr}},
        {"duplicate-report",
         {"the same report from {agency} to {recipient} for {period} was received twice", nullptr}},
        {"conflicting-values", {"{indicator} for {period}: {value} here, {other_value} {other}", nullptr}},
        {"target-missed", {"{indicator} = {value} in {year} misses the target {target}", nullptr}},
        {"target-met", {"{indicator} = {value} in {year} meets the target {target}", nullptr}},
        {"dissolved-sender",
         {"{agency} ceased to exist on {until} but reported on {submitted}{successor}", nullptr}},
        {"unknown-markup", {"unknown {kind} '{name}' ignored", nullptr}},
        {"unreadable-input", {"{detail}", nullptr}},
        // Notes that point at other places involved in a finding.
        {"note.lead-given-here", {"{agency} is made lead here", nullptr}},
        {"note.support-given-here", {"{agency} is made support here", nullptr}},
        {"note.declared-here", {"first declared here", nullptr}},
        {"note.reporter-duty", {"duty '{duty}' obliges {agency} to report it", nullptr}},
        {"note.onward-duty", {"the onward duty '{duty}' is here", nullptr}},
        {"note.other-report", {"the other report is here", nullptr}},
        {"note.agency-declared", {"{agency} is declared here", nullptr}},
        // --- output headings (src/output): headings and labels of the text and HTML outputs. ---
        {"heading.file", {"File {file}", nullptr}},
        {"heading.no-file", {"Not tied to a file", nullptr}},
        {"heading.agency", {"Agency {agency}: {name}", nullptr}},
        {"heading.agency-unknown", {"Agency {agency}", nullptr}},
        {"heading.figures", {"Reporting figures for plan {plan}", nullptr}},
        {"heading.figures-as-of", {"Reporting figures for plan {plan}, as of {as_of}", nullptr}},
        {"heading.summary", {"Summary", nullptr}},
        {"heading.findings", {"Findings", nullptr}},
        {"label.plan-text", {"plan text", nullptr}},
        {"label.agency", {"agency", nullptr}},
        {"label.expected", {"expected", nullptr}},
        {"label.actual", {"actual", nullptr}},
        {"label.on-time", {"on time", nullptr}},
        {"label.reporting-rate", {"reporting rate", nullptr}},
        {"label.on-time-rate", {"on-time rate", nullptr}},
        {"label.rolled-up", {"{agency} and those under it", nullptr}},
        {"label.plan-total", {"plan total", nullptr}},
        {"label.no-findings", {"no findings", nullptr}},
        {"label.plan-roles", {"roles in the plan", nullptr}},
        {"summary.findings", {"{findings} findings: {errors} errors, {warnings} warnings, {notes} notes", nullptr}},
        // --- end of output headings ---
    };
    return table;
}
} // namespace

const char* message_template(std::string_view id, Lang lang) {
    auto it = templates().find(id);
    if (it == templates().end()) return nullptr;
    return lang == Lang::vi ? it->second.vi : it->second.en;
}

std::string fill_template(std::string_view templ, const MessageArgs& args) {
    std::string out;
    out.reserve(templ.size() + 32);
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] == '{') {
            const std::size_t close = templ.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = templ.substr(i + 1, close - i - 1);
                for (const auto& [key, value] : args)
                    if (key == name) {
                        out += value;
                        break;
                    }
                i = close;
                continue;
            }
        }
        out += templ[i];
    }
    return out;
}

namespace {
std::string render_id(std::string_view id, const MessageArgs& args, Lang lang) {
    const char* templ = message_template(id, lang);
    if (!templ) templ = message_template(id, Lang::en);
    if (!templ) return std::string(id);
    return fill_template(templ, args);
}
} // namespace

std::string render_message(const Finding& finding, Lang lang) {
    return render_id(finding.code, finding.args, lang);
}

std::string render_related(const Related& related, Lang lang) {
    return render_id(related.message_id, related.args, lang);
}

std::string text_of(std::string_view id, Lang lang) {
    return render_id(id, {}, lang);
}

} // namespace oblige
