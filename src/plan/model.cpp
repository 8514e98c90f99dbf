#include "plan/model.hpp"

#include <algorithm>
#include <cstdio>

namespace oblige::plan {

const char* unit_name(Unit unit) {
    switch (unit) {
    case Unit::percent:
        return "percent";
    case Unit::ratio:
        return "ratio";
    case Unit::count:
        return "count";
    case Unit::rate:
        return "rate";
    case Unit::yesno:
        return "yesno";
    case Unit::text:
        return "text";
    case Unit::unspecified:
        return "unspecified";
    }
    return "unspecified";
}

std::vector<LeadAgency> lead_agencies(const std::vector<Role>& leads) {
    std::vector<LeadAgency> out;
    for (const Role& r : leads) {
        auto it =
            std::find_if(out.begin(), out.end(), [&](const LeadAgency& l) { return l.agency == r.agency; });
        if (it == out.end()) it = out.insert(out.end(), LeadAgency{r.agency, &r, {}});
        if (!r.qualifier.empty() &&
            std::find(it->qualifiers.begin(), it->qualifiers.end(), r.qualifier) == it->qualifiers.end())
            it->qualifiers.push_back(r.qualifier);
    }
    return out;
}

bool lead_divided(const std::vector<LeadAgency>& leads) {
    if (leads.size() < 2) return false;
    const auto whole =
        std::count_if(leads.begin(), leads.end(), [](const LeadAgency& l) { return l.qualifiers.empty(); });
    return whole <= 1;
}

const char* comparison_text(Comparison c) {
    switch (c) {
    case Comparison::ge:
        return ">=";
    case Comparison::gt:
        return ">";
    case Comparison::le:
        return "<=";
    case Comparison::lt:
        return "<";
    case Comparison::eq:
        return "=";
    }
    return "=";
}

bool Target::met_by(double value) const {
    switch (comparison) {
    case Comparison::ge:
        return value >= number;
    case Comparison::gt:
        return value > number;
    case Comparison::le:
        return value <= number;
    case Comparison::lt:
        return value < number;
    case Comparison::eq:
        return value == number;
    }
    return false;
}

bool Target::met_by(const Decimal& value) const {
    const std::optional<Decimal> target = Decimal::parse(value_text);
    if (!target) return false; // the builder keeps no numeric target it cannot read
    const std::strong_ordering c = compare(value, *target);
    switch (comparison) {
    case Comparison::ge:
        return c >= 0;
    case Comparison::gt:
        return c > 0;
    case Comparison::le:
        return c <= 0;
    case Comparison::lt:
        return c < 0;
    case Comparison::eq:
        return c == 0;
    }
    return false;
}

std::string Target::text() const {
    return arg().plan_words();
}

TargetArg Target::arg() const {
    return {comparison_text(comparison), value_text, year, from};
}

bool Plan::in_round(const Duty* duty, const Period& period, const std::vector<Period>& round) const {
    if (round.empty()) return true;
    std::optional<Date> once_due;
    if (duty && period.frequency == Frequency::once)
        for (const Schedule& s : duty->schedules)
            if (s.frequency == Frequency::once && s.has_due) once_due = s.due_date(period);
    return plan::in_round(period, once_due, first_year, last_year, round);
}

const Indicator* Plan::find_indicator(std::string_view path) const {
    auto it = by_path.find(path);
    return it == by_path.end() ? nullptr : &indicators[it->second];
}

std::vector<IndicatorIndex> Plan::leaves_under(IndicatorIndex index) const {
    std::vector<IndicatorIndex> out;
    std::vector<IndicatorIndex> stack{index};
    while (!stack.empty()) {
        const IndicatorIndex i = stack.back();
        stack.pop_back();
        const Indicator& ind = indicators[i];
        if (ind.is_leaf()) out.push_back(i);
        for (auto it = ind.children.rbegin(); it != ind.children.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

Location Duty::where_named(AgencyIndex agency, bool as_recipient) const {
    const auto& agencies = as_recipient ? recipients : named_senders;
    const auto& places = as_recipient ? recipients_at : named_senders_at;
    for (std::size_t i = 0; i < agencies.size() && i < places.size(); ++i)
        if (agencies[i] == agency) return places[i];
    const Location& clause = as_recipient ? recipients_where : senders_where;
    return clause.known() ? clause : origin.where;
}

const Agency* Program::find_agency(std::string_view id) const {
    const AgencyIndex i = agency_index(id);
    return i == none ? nullptr : &agencies[i];
}

AgencyIndex Program::agency_index(std::string_view id) const {
    const AgencyIndex* found = agency_by_id.find(id);
    return found ? *found : none;
}

const Plan* Program::find_plan(std::string_view id) const {
    for (const Plan& p : plans)
        if (p.id == id) return &p;
    return nullptr;
}

std::string_view Program::agency_id(AgencyIndex agency) const {
    return agencies.contains(agency) ? std::string_view(agencies[agency].id) : std::string_view();
}

std::string_view Program::indicator_path(std::string_view plan, IndicatorIndex indicator) const {
    const Plan* p = find_plan(plan);
    return p && p->indicators.contains(indicator) ? std::string_view(p->indicators[indicator].path)
                                                  : std::string_view();
}

std::string_view Program::duty_name(std::string_view plan, DutyIndex duty) const {
    const Plan* p = find_plan(plan);
    return p && p->duties.contains(duty) ? std::string_view(p->duties[duty].name) : std::string_view();
}

const SourceFile* Program::source(std::string_view path) const {
    for (const auto& s : sources)
        if (s->path() == path) return s.get();
    return nullptr;
}

bool IndicatorHeir::takes(std::string_view path) const {
    for (const std::string& p : paths)
        if (path.size() >= p.size() && path.compare(0, p.size(), p) == 0 &&
            (path.size() == p.size() || path[p.size()] == '.'))
            return true;
    return false;
}

const Schedule* Duty::schedule_for(const Period& period) const {
    for (const Schedule& s : schedules)
        if (s.expects(period)) return &s;
    return nullptr;
}

Program::Carrier Program::carrier_of(AgencyIndex agency, const Date& day,
                                     std::string_view indicator_path) const {
    bool uncertain = false;
    // Bounded by the number of agencies, so a successor cycle cannot hang us.
    for (std::size_t steps = 0; agency != none && steps <= agencies.size(); ++steps) {
        const Agency& a = agencies[agency];
        if (a.exists_on(day)) return Carrier{agency, uncertain};
        const IndicatorHeir* by_indicator = nullptr;
        if (!indicator_path.empty())
            for (const IndicatorHeir& h : a.indicator_heirs)
                if (h.takes(indicator_path)) {
                    by_indicator = &h;
                    break;
                }
        uncertain = uncertain || (by_indicator ? by_indicator->uncertain : a.successor_uncertain);
        agency = by_indicator ? by_indicator->heir : a.successor;
    }
    return Carrier{};
}

std::vector<AgencyIndex> Program::heirs_of(AgencyIndex agency) const {
    std::vector<AgencyIndex> out;
    const Agency& a = agencies[agency];
    if (a.successor != none) out.push_back(a.successor);
    for (const IndicatorHeir& h : a.indicator_heirs)
        if (h.heir != none) out.push_back(h.heir);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Program::HeirShare> Program::heirs_by_indicator(AgencyIndex agency,
                                                            const std::vector<std::string>& paths) const {
    const Agency& a = agencies[agency];
    std::vector<HeirShare> out;
    for (const std::string& path : paths) {
        AgencyIndex heir = a.successor;
        bool uncertain = a.successor_uncertain;
        for (const IndicatorHeir& h : a.indicator_heirs)
            if (h.takes(path)) {
                heir = h.heir, uncertain = h.uncertain;
                break;
            }
        auto it = std::find_if(out.begin(), out.end(), [&](const HeirShare& s) { return s.heir == heir; });
        if (it == out.end()) it = out.insert(out.end(), HeirShare{heir, false, {}});
        it->uncertain = it->uncertain || uncertain;
        it->paths.push_back(path);
    }
    return out;
}

std::string Program::heir_shares_text(const std::vector<HeirShare>& shares) const {
    std::string out;
    for (const HeirShare& s : shares) {
        if (s.heir == none) continue;
        if (!out.empty()) out += "; ";
        for (std::size_t i = 0; i < s.paths.size(); ++i)
            out += (i ? ", " : "") + s.paths[i];
        out += " → " + agencies[s.heir].id;
    }
    return out;
}

} // namespace oblige::plan
