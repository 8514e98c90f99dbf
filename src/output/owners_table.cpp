#include "output/owners_table.hpp"

#include "output/csv_cells.hpp"
#include "output/formats.hpp"
#include "output/json_writer.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace oblige::output {

namespace {

std::vector<std::string> sorted(const std::set<std::string>& ids) {
    return {ids.begin(), ids.end()};
}

std::string joined(const std::vector<std::string>& words, const char* separator) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : separator) + w;
    return out;
}

bool is_gap(const std::string& code) {
    return code == "no-lead" || code == "unreported";
}
bool is_duplicate(const std::string& code) {
    return code == "many-leads" || code == "many-reporters" || code == "lead-and-support";
}

void json_list(JsonWriter& json, std::string_view key, const std::vector<std::string>& words) {
    json.key(key);
    json.begin_array();
    for (const auto& w : words)
        json.string(w);
    json.end_array();
}

} // namespace

std::vector<IndicatorOwners> indicator_owners(const plan::Program& program,
                                              const std::vector<Finding>& plan_findings) {
    // (plan id, indicator path) -> the codes found on it
    std::map<std::pair<std::string, std::string>, std::set<std::string>> flags;
    for (const Finding& f : plan_findings)
        if (!f.subjects.indicator.empty() && (is_gap(f.code) || is_duplicate(f.code))) {
            const SubjectWords words = subject_words(f.subjects, program);
            flags[{f.subjects.plan, std::string(words.indicator)}].insert(f.code);
        }
    std::vector<IndicatorOwners> all;
    for (const plan::Plan& plan : program.plans) {
        for (plan::IndicatorIndex i : plan.indicators.indices()) {
            const plan::Indicator& ind = plan.indicators[i];
            std::set<std::string> leads, supports, reporters, recipients, lead_qualifiers;
            for (const plan::Role& r : ind.leads) {
                leads.insert(program.agencies[r.agency].id);
                if (!r.qualifier.empty())
                    lead_qualifiers.insert(program.agencies[r.agency].id + ": " + r.qualifier);
            }
            for (const plan::Role& r : ind.supports)
                supports.insert(program.agencies[r.agency].id);
            const auto leaves = plan.leaves_under(i);
            for (const plan::Duty& duty : plan.duties)
                for (const plan::Obligation& ob : duty.obligations)
                    if (std::any_of(leaves.begin(), leaves.end(), [&](plan::IndicatorIndex leaf) {
                            return std::binary_search(ob.covers.begin(), ob.covers.end(), leaf);
                        })) {
                        reporters.insert(program.agencies[ob.sender].id);
                        recipients.insert(program.agencies[ob.recipient].id);
                    }
            IndicatorOwners o{
                &plan, i,  sorted(leads),          sorted(supports), sorted(reporters), sorted(recipients),
                {},    {}, sorted(lead_qualifiers)};
            for (const std::string& code : flags[{plan.id, ind.path}])
                (is_gap(code) ? o.gaps : o.duplicates).push_back(code);
            all.push_back(std::move(o));
        }
    }
    return all;
}

std::string render_owners(const std::vector<IndicatorOwners>& owners, OwnersFormat format, Lang lang) {
    std::string out;
    if (format == OwnersFormat::csv) {
        out = "\xEF\xBB\xBF"; // a BOM, as the findings' csv: Excel then reads Vietnamese right
        // The title and the lead qualifiers come last: every cell before them is an id or a list of ids,
        // free of commas and quotes, so a shell script (the bash completion) can cut the columns it needs.
        csv_row(out, {"plan", "indicator", "leads", "supports", "reporters", "recipients", "gaps",
                      "duplicates", "title", "lead_qualifiers"});
        for (const IndicatorOwners& o : owners) {
            const plan::Indicator& ind = o.plan->indicators[o.indicator];
            csv_row(out, {csv_cell(o.plan->id), csv_cell(ind.path), csv_cell(joined(o.leads, " ")),
                          csv_cell(joined(o.supports, " ")), csv_cell(joined(o.reporters, " ")),
                          csv_cell(joined(o.recipients, " ")), joined(o.gaps, " "), joined(o.duplicates, " "),
                          csv_cell(ind.title), csv_cell(joined(o.lead_qualifiers, "; "))});
        }
        return out;
    }
    if (format == OwnersFormat::json) {
        {
            JsonWriter json(out);
            json.begin_array();
            for (const IndicatorOwners& o : owners) {
                const plan::Indicator& ind = o.plan->indicators[o.indicator];
                json.begin_object();
                json.field("plan", o.plan->id);
                json.field("indicator", ind.path);
                json.field("title", ind.title);
                json_list(json, "leads", o.leads);
                json_list(json, "supports", o.supports);
                json_list(json, "reporters", o.reporters);
                json_list(json, "recipients", o.recipients);
                json_list(json, "gaps", o.gaps);
                json_list(json, "duplicates", o.duplicates);
                json_list(json, "lead_qualifiers", o.lead_qualifiers);
                json.key("lead_divided");
                json.boolean(ind.lead_divided);
                json.end_object();
            }
            json.end_array();
        }
        out += '\n';
        return out;
    }
    const plan::Plan* current = nullptr;
    const std::string none = label("who.none", lang);
    const auto line = [&](const char* id, const std::vector<std::string>& ids) {
        out += "  " + label(id, lang) + ": " + (ids.empty() ? none : joined(ids, ", ")) + "\n";
    };
    for (const IndicatorOwners& o : owners) {
        if (o.plan != current) {
            if (current) out += '\n';
            current = o.plan;
            out += "== " + label("heading.plan", lang, {{"plan", o.plan->id}}) + " ==\n";
        }
        const plan::Indicator& ind = o.plan->indicators[o.indicator];
        out += ind.path + " \"" + ind.title + "\"\n";
        line("who.lead", o.leads);
        for (const std::string& q : o.lead_qualifiers)
            out += "    " + q + "\n";
        if (ind.lead_divided) out += "    " + label("who.divided", lang) + "\n";
        line("who.support", o.supports);
        line("owners.reporters", o.reporters);
        line("owners.recipients", o.recipients);
        for (const std::string& code : o.gaps)
            out += "  " + label("owners.gap", lang) + ": " + label("label.flag-" + code, lang) + " [" + code +
                   "]\n";
        for (const std::string& code : o.duplicates)
            out += "  " + label("owners.duplicate", lang) + ": " + label("label.flag-" + code, lang) + " [" +
                   code + "]\n";
    }
    return out;
}

} // namespace oblige::output
