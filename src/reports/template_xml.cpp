#include "reports/template_xml.hpp"

#include "base/escapes.hpp"
#include "reports/expectations.hpp"

#include <sstream>

namespace oblige::output {

namespace {
// A comment may not contain "--" nor end in '-'.
std::string comment_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '-' && !out.empty() && out.back() == '-') out += ' ';
        out += c;
    }
    if (!out.empty() && out.back() == '-') out += ' ';
    return out;
}

struct Owed {
    const plan::Plan* plan;
    const plan::Duty* duty;
    plan::AgencyIndex recipient;
    std::optional<plan::DueDate> due;
    std::vector<plan::IndicatorIndex> covers;
    plan::Period period; // the period the report is for: inside the one asked for (a year holds its halves)
};
} // namespace

Skeleton report_skeleton(const plan::Program& program, plan::AgencyIndex agency, const plan::Period& period) {
    std::vector<Owed> owed;
    for (const plan::Plan& plan : program.plans) {
        const reports::PlanExpectations expectations(program, plan);
        for (const reports::Expected& e : expectations.all())
            if (e.sender == agency && plan.in_round(&plan.duties[e.duty], e.period, {period}))
                owed.push_back({&plan,
                                &plan.duties[e.duty],
                                e.recipient,
                                e.due,
                                {e.covers.begin(), e.covers.end()},
                                e.period});
        // Duties without a schedule take any period of the plan's years.
        if (period.frequency != plan::Frequency::once &&
            (period.year < plan.first_year || period.year > plan.last_year))
            continue;
        for (const plan::Duty& duty : plan.duties) {
            if (duty.has_schedule()) continue;
            const Date day = plan::period_end(period);
            for (const plan::Obligation& o : duty.obligations) {
                const plan::AgencyIndex recipient = program.carrier_on(o.recipient, day);
                if (recipient == plan::none || recipient == agency) continue;
                // A ceased sender's report passes per indicator: to the heir of each (`successor Y for
                // IND`), else to its successor; a narrative report is the main successor's whole.
                if (o.covers.empty()) {
                    if (program.carrier_on(o.sender, day) == agency)
                        owed.push_back({&plan, &duty, recipient, std::nullopt, {}, period});
                    continue;
                }
                std::vector<plan::IndicatorIndex> mine;
                for (plan::IndicatorIndex i : o.covers)
                    if (program.carrier_on(o.sender, day, plan.indicators[i].path) == agency)
                        mine.push_back(i);
                if (!mine.empty())
                    owed.push_back({&plan, &duty, recipient, std::nullopt, std::move(mine), period});
            }
        }
    }
    Skeleton out;
    out.reports = static_cast<int>(owed.size());
    if (owed.empty()) return out;

    const std::string& id = program.agencies[agency].id;
    const bool batch = owed.size() > 1;
    const std::string indent = batch ? "  " : "";
    std::ostringstream xml;
    xml << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml << "<!-- What " << comment_text(id) << " must send for " << period.text()
        << ", written by `oblige template`.\n"
        << "     Fill in every value (decimal mark '.', no thousands separator; status=\"unavailable\" with "
           "a\n"
        << "     reason when there is no figure) and the submitted date (YYYY-MM-DD) before sending. -->\n";
    if (batch) xml << "<reports>\n";
    for (const Owed& o : owed) {
        xml << indent << "<!-- " << comment_text(o.duty->name);
        if (const plan::Schedule* s = o.duty->schedule_for(period)) xml << ": " << comment_text(s->text());
        if (o.due) {
            xml << "; due " << (o.due->before ? "before " : "") << o.due->stated().iso();
            if (o.duty->grace_days > 0) xml << " + " << o.duty->grace_days << " days' grace";
        }
        xml << " -->\n";
        xml << indent << "<report plan=\"" << xml_attribute(o.plan->id) << "\" from=\"" << xml_attribute(id)
            << "\" to=\"" << xml_attribute(program.agencies[o.recipient].id) << "\" period=\""
            << o.period.text() << "\" submitted=\"\" duty=\"" << xml_attribute(o.duty->name) << "\">\n";
        for (plan::IndicatorIndex i : o.covers) {
            const plan::Indicator& ind = o.plan->indicators[i];
            xml << indent << "  <!-- " << comment_text(ind.path) << ": " << comment_text(ind.title)
                << "; unit " << plan::unit_name(ind.unit);
            for (const plan::Target& t : ind.targets)
                xml << "; target " << comment_text(t.text());
            xml << " -->\n";
            xml << indent << "  <value indicator=\"" << xml_attribute(ind.path) << "\"></value>\n";
        }
        if (o.covers.empty()) xml << indent << "  <note></note>\n";
        xml << indent << "</report>\n";
    }
    if (batch) xml << "</reports>\n";
    out.xml = xml.str();
    return out;
}

} // namespace oblige::output
