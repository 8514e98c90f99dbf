// The ownership matrix: a plan's indicators (rows, goals as group rows) x the agencies with a role in it
// (columns), each cell saying whether the agency leads (L), supports (S) or reports (R) the indicator.
// Gaps (no-lead, unreported) and duplicates (many-leads, many-reporters, lead-and-support) are taken
// from the findings, so the page highlights exactly what the checks reported. A plan with more agencies
// than fit a screen folds them by the `under` hierarchy (a national plan: one column per province, with
// how many of its agencies hold each role), and each fold opens (<details>) to the indicators and the
// agencies of that fold by role.
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"
#include "output/numbers.hpp"

#include <algorithm>
#include <array>
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

class Matrix {
  public:
    Matrix(const HtmlPage& page, const plan::Plan& plan) : page_(page), plan_(plan) {}
    void write();

  private:
    void collect();
    void fold();
    void indicator_row(IndicatorIndex i, int depth);
    void folded_row(IndicatorIndex i, int depth);
    void row_head(const plan::Indicator& ind, const RowMarks& m, int depth, const std::string& css);
    const RowMarks& marks_of(const plan::Indicator& ind) const;
    void drill_down(std::size_t group);

    const HtmlPage& page_;
    const plan::Plan& plan_;
    std::vector<AgencyIndex> columns_; // by id
    std::map<std::pair<IndicatorIndex, AgencyIndex>, Cell> cells_;
    std::map<std::string, RowMarks, std::less<>> marks_; // by indicator path
    // Folded: the columns are groups of agencies, each named by the agency at its head.
    bool folded_ = false;
    std::vector<AgencyIndex> heads_;                // by id
    std::vector<std::vector<AgencyIndex>> members_; // by head: the columns folded into it, by id
    std::map<AgencyIndex, std::size_t> group_of_;   // column agency → index into heads_
    const RowMarks none_marked_;
};

// More agency columns than this fold (about what a 1,400 px screen shows beside the indicator names).
constexpr std::size_t fold_limit = 40;

// The agency a column folds into: the one just below the top of its `under` chain (a province's
// People's Committee under the ministry), or itself at the top. A chain that loops stops where it loops.
AgencyIndex fold_head(const plan::Program& program, AgencyIndex a) {
    std::vector<AgencyIndex> chain{a};
    for (AgencyIndex up = program.agencies[a].under;
         program.agencies.contains(up) && std::find(chain.begin(), chain.end(), up) == chain.end();
         up = program.agencies[up].under)
        chain.push_back(up);
    return chain.size() >= 2 ? chain[chain.size() - 2] : chain.back();
}

void Matrix::collect() {
    const plan::Program& program = *page_.result.program;
    std::set<AgencyIndex> agencies;
    for (IndicatorIndex i : plan_.indicators.indices()) {
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
                for (IndicatorIndex i = leaf; plan_.indicators.contains(i); i = plan_.indicators[i].parent)
                    cells_[{i, ob.sender}].reports = true;
                agencies.insert(ob.sender);
            }
    for (AgencyIndex a : agencies)
        if (program.agencies.contains(a)) columns_.push_back(a);
    std::sort(columns_.begin(), columns_.end(),
              [&](AgencyIndex a, AgencyIndex b) { return program.agencies[a].id < program.agencies[b].id; });

    for (const Finding& f : page_.result.findings) {
        if (f.subjects.plan != plan_.id || f.subjects.indicator.empty()) continue;
        const SubjectWords words = subject_words(page_.result, f);
        RowMarks& m = marks_[std::string(words.indicator)];
        if (f.code == "no-lead" || f.code == "unreported")
            m.gaps.insert(f.code);
        else if (f.code == "many-leads") {
            m.duplicates.insert(f.code);
            m.many_leads = true;
        } else if (f.code == "lead-and-support") {
            m.duplicates.insert(f.code);
            m.lead_and_support.insert(std::string(words.agency));
        } else if (f.code == "many-reporters") {
            m.duplicates.insert(f.code);
            for (AgencyIndex a : f.agencies) {
                if (!program.agencies.contains(a)) continue;
                const plan::Agency& reporter = program.agencies[a];
                m.duplicate_reporters.insert(reporter.id);
                for (AgencyIndex member : reporter.members) // a group reports through its members
                    m.duplicate_reporters.insert(program.agencies[member].id);
            }
        }
    }
}

void Matrix::fold() {
    const plan::Program& program = *page_.result.program;
    folded_ = columns_.size() > fold_limit;
    if (!folded_) return;
    std::map<std::string, AgencyIndex> heads; // by id
    std::map<AgencyIndex, AgencyIndex> head_of;
    for (AgencyIndex a : columns_) {
        const AgencyIndex head = fold_head(program, a);
        head_of[a] = head;
        heads.emplace(program.agencies[head].id, head);
    }
    std::map<AgencyIndex, std::size_t> index;
    for (const auto& [id, head] : heads) {
        index[head] = heads_.size();
        heads_.push_back(head);
    }
    members_.resize(heads_.size());
    for (AgencyIndex a : columns_) { // by id already
        group_of_[a] = index[head_of[a]];
        members_[group_of_[a]].push_back(a);
    }
}

const RowMarks& Matrix::marks_of(const plan::Indicator& ind) const {
    const auto found = marks_.find(ind.path);
    return found == marks_.end() ? none_marked_ : found->second;
}

void Matrix::row_head(const plan::Indicator& ind, const RowMarks& m, int depth, const std::string& css) {
    HtmlWriter& w = page_.w;
    std::string row_class = css;
    if (!m.gaps.empty()) row_class += " gap";
    if (!m.duplicates.empty()) row_class += " dup";
    w.open("tr", {{"class", row_class}, {"data-indicator", ind.path}});
    w.open("th", {{"scope", "row"}, {"class", "depth" + std::to_string(std::min(depth, 4))}});
    w.element("span", ind.path, {{"class", "id"}});
    w.element("span", ind.title, {{"class", "name"}});
    for (const std::string& code : m.gaps)
        w.element("span", page_.t("label.flag-" + code), {{"class", "flag gap"}});
    for (const std::string& code : m.duplicates)
        w.element("span", page_.t("label.flag-" + code), {{"class", "flag dup"}});
    w.close();
}

// A folded row: per group, how many of its agencies lead, support and report the indicator.
void Matrix::folded_row(IndicatorIndex i, int depth) {
    HtmlWriter& w = page_.w;
    const plan::Indicator& ind = plan_.indicators[i];
    const RowMarks& m = marks_of(ind);
    row_head(ind, m, depth, ind.is_leaf() ? "leaf" : "parent");
    std::vector<std::array<int, 3>> counts(heads_.size(), {0, 0, 0});
    for (auto it = cells_.lower_bound({i, AgencyIndex(0)}); it != cells_.end() && it->first.first == i;
         ++it) {
        const auto group = group_of_.find(it->first.second);
        if (group == group_of_.end()) continue;
        const Cell& c = it->second;
        counts[group->second][0] += c.lead, counts[group->second][1] += c.support;
        counts[group->second][2] += c.reports;
    }
    const Lang lang = page_.lang;
    for (std::size_t g = 0; g < heads_.size(); ++g) {
        const auto& n = counts[g];
        if (n[0] + n[1] + n[2] == 0) {
            w.element("td", "");
            continue;
        }
        std::string marks;
        const auto add = [&](int count, const char* mark) {
            if (count == 0) return;
            marks += (marks.empty() ? "" : " ") + page_.t(mark);
            if (count > 1) marks += count_text(count, lang);
        };
        add(n[0], "mark.lead");
        add(n[1], "mark.support");
        add(n[2], "mark.reports");
        w.element("td", marks, {{"class", n[0] ? "role lead" : "role"}});
    }
    w.close();
    w.newline();
    for (IndicatorIndex child : ind.children)
        folded_row(child, depth + 1);
}

// One group's agencies by role, indicator by indicator: lists, not a grid, so a province of a hundred
// communes costs a line per indicator, not a hundred cells.
void Matrix::drill_down(std::size_t group) {
    HtmlWriter& w = page_.w;
    const plan::Program& program = *page_.result.program;
    const plan::Agency& head = program.agencies[heads_[group]];
    const std::vector<AgencyIndex>& members = members_[group];
    w.open("details", {{"class", "fold"}, {"data-agency", head.id}});
    w.open("summary");
    w.element("span", head.id, {{"class", "id"}});
    w.element("span", head.name, {{"class", "name"}});
    w.element("span",
              page_.t("label.fold-agencies", {{"count", count_text(int(members.size()), page_.lang)}}),
              {{"class", "figures"}});
    w.close();
    w.open("div", {{"class", "scroll"}});
    w.open("table", {{"class", "roles"}});
    w.open("thead");
    w.open("tr");
    w.element("th", page_.t("label.indicator"), {{"scope", "col"}});
    for (const char* role : {"label.role-lead", "label.role-support", "label.role-reports"})
        w.element("th", page_.t(role), {{"scope", "col"}});
    w.close();
    w.close();
    w.open("tbody");
    for (IndicatorIndex i : plan_.indicators.indices()) {
        std::string lists[3];
        for (AgencyIndex a : members) {
            const auto cell = cells_.find({i, a});
            if (cell == cells_.end()) continue;
            const std::string& id = program.agencies[a].id;
            if (cell->second.lead) lists[0] += (lists[0].empty() ? "" : " ") + id;
            if (cell->second.support) lists[1] += (lists[1].empty() ? "" : " ") + id;
            if (cell->second.reports) lists[2] += (lists[2].empty() ? "" : " ") + id;
        }
        if (lists[0].empty() && lists[1].empty() && lists[2].empty()) continue;
        w.open("tr", {{"data-indicator", plan_.indicators[i].path}});
        w.element("th", plan_.indicators[i].path, {{"scope", "row"}, {"class", "id"}});
        for (const std::string& list : lists)
            w.element("td", list, {{"class", "id"}});
        w.close();
        w.newline();
    }
    w.close(4);
    w.newline();
}

void Matrix::indicator_row(IndicatorIndex i, int depth) {
    HtmlWriter& w = page_.w;
    const plan::Program& program = *page_.result.program;
    const plan::Indicator& ind = plan_.indicators[i];
    const RowMarks& m = marks_of(ind);
    row_head(ind, m, depth, ind.is_leaf() ? "leaf" : "parent");
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
    fold();
    HtmlWriter& w = page_.w;
    const plan::Program& program = *page_.result.program;
    if (folded_)
        w.element("p",
                  page_.t("label.matrix-folded", {{"count", count_text(int(columns_.size()), page_.lang)},
                                                  {"groups", count_text(int(heads_.size()), page_.lang)}}),
                  {{"class", "notice"}});
    w.open("div", {{"class", "matrix-wrap"}});
    w.open("table", {{"class", folded_ ? "matrix folded" : "matrix"}, {"id", html_id("matrix-", plan_.id)}});
    w.element("caption", page_.t("heading.plan", {{"plan", plan_.id}}));
    w.open("thead");
    w.open("tr");
    w.element("th", page_.t("label.indicator"), {{"scope", "col"}, {"class", "corner"}});
    if (folded_)
        for (std::size_t g = 0; g < heads_.size(); ++g) {
            const plan::Agency& head = program.agencies[heads_[g]];
            const std::string id =
                members_[g].size() > 1 ? head.id + " +" + std::to_string(members_[g].size() - 1) : head.id;
            w.element("th", id, {{"scope", "col"}, {"class", "agency"}, {"title", head.name}});
        }
    else
        for (AgencyIndex a : columns_)
            w.element("th", program.agencies[a].id,
                      {{"scope", "col"}, {"class", "agency"}, {"title", program.agencies[a].name}});
    w.close();
    w.close();
    w.newline();
    w.open("tbody");
    const std::string span = std::to_string((folded_ ? heads_.size() : columns_.size()) + 1);
    for (const plan::Goal& goal : plan_.goals) {
        w.open("tr", {{"class", "goal"}});
        w.open("th", {{"scope", "rowgroup"}, {"colspan", span}});
        w.element("span", goal.id, {{"class", "id"}});
        w.element("span", goal.title, {{"class", "name"}});
        w.close();
        w.close();
        w.newline();
        for (IndicatorIndex i : goal.indicators)
            if (!plan_.indicators.contains(i))
                continue;
            else if (folded_)
                folded_row(i, 0);
            else
                indicator_row(i, 0);
    }
    w.close(3);
    w.newline();
    if (folded_)
        for (std::size_t g = 0; g < heads_.size(); ++g)
            if (members_[g].size() > 1) drill_down(g);
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
