// The ownership matrix: a plan's indicators (rows, goals as group rows) x the agencies with a role in it
// (columns), each cell saying whether the agency leads (L), supports (S) or reports (R) the indicator.
// Gaps (no-lead, unreported) and duplicates (many-leads, many-reporters, lead-and-support) are taken
// from the findings, so the page highlights exactly what the checks reported.
#include "output/formats.hpp"
#include "output/html_sections.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace oblige::output {

namespace {

using plan::AgencyIndex;
using plan::IndicatorIndex;

struct Cell {
    bool lead = false, support = false, reports = false;
    bool inherited = false; // the role comes from a parent indicator
    bool duplicate = false;
};

struct RowMarks {
    std::set<std::string> gaps;       // no-lead, unreported
    std::set<std::string> duplicates; // many-leads, many-reporters, lead-and-support
    bool many_leads = false;
    std::set<std::string> duplicate_reporters; // many-reporters: the senders named
    std::set<std::string> lead_and_support;    // agencies
};

std::vector<std::string> split_ids(const std::string& list) {
    std::vector<std::string> ids;
    std::string id;
    for (char c : list + ",") {
        if (c == ',' || c == ' ') {
            if (!id.empty()) ids.push_back(id);
            id.clear();
        } else
            id += c;
    }
    return ids;
}

class Matrix {
  public:
    Matrix(const HtmlPage& page, const plan::Plan& plan) : page_(page), plan_(plan) {}
    void write();

  private:
    void collect();
    void indicator_row(IndicatorIndex i, int depth);

    const HtmlPage& page_;
    const plan::Plan& plan_;
    std::vector<AgencyIndex> columns_; // by id
    std::map<std::pair<IndicatorIndex, AgencyIndex>, Cell> cells_;
    std::map<std::string, RowMarks, std::less<>> marks_; // by indicator path
};

void Matrix::collect() {
    const plan::Program& program = *page_.result.program;
    std::set<AgencyIndex> agencies;
    for (IndicatorIndex i = 0; i < plan_.indicators.size(); ++i) {
        const plan::Indicator& ind = plan_.indicators[i];
        for (const plan::Role& r : ind.leads) {
            Cell& c = cells_[{i, r.agency}];
            c.lead = true;
            c.inherited = c.inherited || r.inherited;
            agencies.insert(r.agency);
        }
        for (const plan::Role& r : ind.supports) {
            Cell& c = cells_[{i, r.agency}];
            c.support = true;
            c.inherited = c.inherited || r.inherited;
            agencies.insert(r.agency);
        }
    }
    for (const plan::Duty& duty : plan_.duties)
        for (const plan::Obligation& ob : duty.obligations)
            for (IndicatorIndex leaf : ob.covers) {
                // A leaf and every indicator above it: reporting a part is reporting on the whole.
                for (IndicatorIndex i = leaf; i != plan::none && i < plan_.indicators.size();
                     i = plan_.indicators[i].parent)
                    cells_[{i, ob.sender}].reports = true;
                agencies.insert(ob.sender);
            }
    for (AgencyIndex a : agencies)
        if (a < program.agencies.size()) columns_.push_back(a);
    std::sort(columns_.begin(), columns_.end(),
              [&](AgencyIndex a, AgencyIndex b) { return program.agencies[a].id < program.agencies[b].id; });

    for (const Finding& f : page_.result.findings) {
        if (f.subjects.plan != plan_.id || f.subjects.indicator.empty()) continue;
        RowMarks& m = marks_[f.subjects.indicator];
        if (f.code == "no-lead" || f.code == "unreported")
            m.gaps.insert(f.code);
        else if (f.code == "many-leads") {
            m.duplicates.insert(f.code);
            m.many_leads = true;
        } else if (f.code == "lead-and-support") {
            m.duplicates.insert(f.code);
            m.lead_and_support.insert(f.subjects.agency);
        } else if (f.code == "many-reporters") {
            m.duplicates.insert(f.code);
            for (const std::string& id : split_ids(f.arg("agencies"))) {
                m.duplicate_reporters.insert(id);
                if (const plan::Agency* group = program.find_agency(id))
                    for (AgencyIndex member : group->members)
                        m.duplicate_reporters.insert(program.agencies[member].id);
            }
        }
    }
}

void Matrix::indicator_row(IndicatorIndex i, int depth) {
    HtmlWriter& w = page_.w;
    const plan::Program& program = *page_.result.program;
    const plan::Indicator& ind = plan_.indicators[i];
    const auto found = marks_.find(ind.path);
    const RowMarks none_marked;
    const RowMarks& m = found == marks_.end() ? none_marked : found->second;

    std::string row_class = ind.is_leaf() ? "leaf" : "parent";
    if (!m.gaps.empty()) row_class += " gap";
    if (!m.duplicates.empty()) row_class += " dup";
    w.open("tr", {{"class", row_class}, {"data-indicator", ind.path}});
    w.open("th", {{"scope", "row"}, {"class", "depth" + std::to_string(std::min(depth, 4))}});
    w.element("span", ind.path, {{"class", "id"}});
    w.element("span", ind.title, {{"class", "name"}});
    for (const std::string& code : m.gaps)
        w.element("span", page_.t("label.flag-" + code), {{"class", "flag gap"}, {"title", code}});
    for (const std::string& code : m.duplicates)
        w.element("span", page_.t("label.flag-" + code), {{"class", "flag dup"}, {"title", code}});
    w.close();
    for (AgencyIndex a : columns_) {
        const auto cell = cells_.find({i, a});
        if (cell == cells_.end()) {
            w.element("td", "");
            continue;
        }
        const Cell& c = cell->second;
        const std::string& id = program.agencies[a].id;
        const bool duplicate = (m.many_leads && c.lead) || m.lead_and_support.count(id) ||
                               (c.reports && m.duplicate_reporters.count(id));
        std::string marks, roles;
        const auto add = [&](bool on, const char* mark, const char* role) {
            if (!on) return;
            marks += (marks.empty() ? "" : " ") + page_.t(mark);
            roles += (roles.empty() ? "" : ", ") + page_.t(role);
        };
        add(c.lead, "mark.lead", "label.role-lead");
        add(c.support, "mark.support", "label.role-support");
        add(c.reports, "mark.reports", "label.role-reports");
        std::string css = c.lead ? "role lead" : "role";
        if (c.inherited) css += " inherited";
        if (duplicate) css += " dup";
        w.element("td", marks, {{"class", css}, {"title", id + " · " + ind.path + ": " + roles}});
    }
    w.close();
    w.newline();
    for (IndicatorIndex child : ind.children)
        indicator_row(child, depth + 1);
}

void Matrix::write() {
    collect();
    HtmlWriter& w = page_.w;
    const plan::Program& program = *page_.result.program;
    w.open("div", {{"class", "matrix-wrap"}});
    w.open("table", {{"class", "matrix"}, {"id", html_id("matrix-", plan_.id)}});
    w.element("caption", page_.t("heading.plan", {{"plan", plan_.id}}));
    w.open("thead");
    w.open("tr");
    w.element("th", page_.t("label.indicator"), {{"scope", "col"}, {"class", "corner"}});
    for (AgencyIndex a : columns_)
        w.element("th", program.agencies[a].id,
                  {{"scope", "col"}, {"class", "agency"}, {"title", program.agencies[a].name}});
    w.close();
    w.close();
    w.newline();
    w.open("tbody");
    const std::string span = std::to_string(columns_.size() + 1);
    for (const plan::Goal& goal : plan_.goals) {
        w.open("tr", {{"class", "goal"}});
        w.open("th", {{"scope", "rowgroup"}, {"colspan", span}});
        w.element("span", goal.id, {{"class", "id"}});
        w.element("span", goal.title, {{"class", "name"}});
        w.close();
        w.close();
        w.newline();
        for (IndicatorIndex i : goal.indicators)
            if (i < plan_.indicators.size()) indicator_row(i, 0);
    }
    w.close();
    w.close();
    w.close();
    w.newline();
}

void legend(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    w.open("dl", {{"class", "legend"}});
    const auto item = [&](const std::string& key, const char* css, const char* text) {
        w.open("div");
        w.open("dt");
        w.element("span", key, {{"class", css}});
        w.close();
        w.element("dd", page.t(text));
        w.close();
    };
    item(page.t("mark.lead"), "swatch role lead", "label.role-lead");
    item(page.t("mark.support"), "swatch role", "label.role-support");
    item(page.t("mark.reports"), "swatch role", "label.role-reports-long");
    item(page.t("mark.lead"), "swatch role lead inherited", "label.legend-inherited");
    item(" ", "swatch gap", "label.legend-gap");
    item(" ", "swatch dup", "label.legend-duplicate");
    w.close();
    w.newline();
}

} // namespace

void write_matrix(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    w.open("section", {{"id", "matrix"}});
    w.element("h2", page.t("heading.matrix"));
    if (page.result.program) {
        legend(page);
        for (const plan::Plan& plan : page.result.program->plans)
            Matrix(page, plan).write();
    }
    w.close();
    w.newline();
}

} // namespace oblige::output
