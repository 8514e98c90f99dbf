// The agency scorecard (check only): per plan, the reporting figures (reports/figures.hpp) of every agency,
// one row per kind of period (a yearly report and a six-month one are different reports: adding them
// would hide which one is missing), folded along the `under` hierarchy: an agency with agencies under it
// is a <details> whose summary gives its rolled-up figures and whose body lists those under it. A
// national plan's thousands of agencies so fold into one line per province. Every number comes from the
// figures, never from counting findings.
#include "output/formats.hpp"
#include "output/html/html_sections.hpp"
#include "output/numbers.hpp"

#include <algorithm>
#include <map>

namespace oblige::output {

namespace {

using plan::AgencyIndex;
using reports::Figures;
using reports::FiguresByKind;

// Plans with more agencies than this show only their top level open, and list under each fold only the
// agencies with a late or missing report (the fold's line adds in the others, and the page says how many).
constexpr std::size_t open_limit = 80;

bool counts(const Figures& f) {
    return f.expected > 0 || f.actual > 0 || f.pending > 0;
}

std::vector<std::size_t> kinds_of(const FiguresByKind& by_kind) {
    std::vector<std::size_t> kinds;
    for (std::size_t k = 0; k < by_kind.size(); ++k)
        if (counts(by_kind[k])) kinds.push_back(k);
    return kinds;
}

class Scorecard {
  public:
    Scorecard(const HtmlPage& page, const reports::PlanFigures& plan) : page_(page), plan_(plan) {}
    void write();

  private:
    void build_tree();
    std::string kind_word(std::size_t kind) const;
    std::string kinds_text(const std::vector<std::size_t>& kinds) const;
    void header() const;
    void number_cells(const Figures& f) const;
    // The rows of one agency (or a total): one per kind of period, and their sum when there are several.
    void rows(const std::string& id, const std::string& name, const std::string& css, const Figures& total,
              const FiguresByKind& by_kind) const;
    void node(AgencyIndex agency, int depth) const;
    void summary_line(const Figures& f) const;

    const HtmlPage& page_;
    const reports::PlanFigures& plan_;
    std::map<AgencyIndex, const reports::AgencyFigures*> figures_;
    std::map<AgencyIndex, std::vector<AgencyIndex>> children_; // by id, as plan_.agencies lists them
    std::vector<AgencyIndex> roots_;
    bool open_all_ = true;
};

std::string Scorecard::kind_word(std::size_t kind) const {
    static const char* const ids[reports::period_kinds] = {"kind.yearly", "kind.half-yearly",
                                                           "kind.quarterly", "kind.monthly", "kind.once"};
    return page_.t(ids[kind]);
}

std::string Scorecard::kinds_text(const std::vector<std::size_t>& kinds) const {
    std::string text;
    for (std::size_t k : kinds)
        text += (text.empty() ? "" : " + ") + kind_word(k);
    return text;
}

void Scorecard::build_tree() {
    const plan::Program& program = *page_.result.program;
    for (const reports::AgencyFigures& a : plan_.agencies)
        figures_[a.agency] = &a;
    for (const reports::AgencyFigures& a : plan_.agencies) {
        // The nearest listed agency up the `under` chain; a chain that loops (a broken plan) ends at a root.
        AgencyIndex parent = program.agencies[a.agency].under;
        std::vector<AgencyIndex> seen{a.agency};
        while (program.agencies.contains(parent) && !figures_.count(parent) &&
               std::find(seen.begin(), seen.end(), parent) == seen.end()) {
            seen.push_back(parent);
            parent = program.agencies[parent].under;
        }
        const bool loops = std::find(seen.begin(), seen.end(), parent) != seen.end();
        if (!program.agencies.contains(parent) || loops || !figures_.count(parent))
            roots_.push_back(a.agency);
        else
            children_[parent].push_back(a.agency);
    }
    open_all_ = plan_.agencies.size() <= open_limit;
}

void Scorecard::header() const {
    HtmlWriter& w = page_.w;
    w.open("thead");
    w.open("tr");
    const auto th = [&](const char* id, const char* type) {
        w.element("th", page_.t(id), {{"scope", "col"}, {"data-type", type}});
    };
    th("label.agency", "text");
    th("label.period-kind", "text");
    th("label.expected", "number");
    th("label.received", "number");
    th("label.on-time", "number");
    th("label.late", "number");
    th("label.missing", "number");
    th("label.pending", "number");
    th("label.reporting-rate", "number");
    th("label.on-time-rate", "number");
    w.close();
    w.close();
}

void Scorecard::number_cells(const Figures& f) const {
    HtmlWriter& w = page_.w;
    const Lang lang = page_.lang;
    // Bare cells: a national page has thousands of rows (the script reads Vietnamese numbers as written).
    const auto cell = [&](int value, const char* warn) {
        HtmlAttributes attributes;
        if (value > 0 && warn) attributes.emplace_back("class", warn);
        w.element("td", count_text(value, lang), attributes);
    };
    cell(f.expected, nullptr);
    cell(f.actual, nullptr);
    cell(f.on_time, nullptr);
    cell(f.late(), "warn");
    cell(f.missing(), "bad");
    cell(f.pending, nullptr);
    const auto rate = [&](int n) { w.element("td", percent_for_people(n, f.expected, lang)); };
    rate(f.actual);
    rate(f.on_time);
}

void Scorecard::rows(const std::string& id, const std::string& name, const std::string& css,
                     const Figures& total, const FiguresByKind& by_kind) const {
    HtmlWriter& w = page_.w;
    const std::vector<std::size_t> kinds = kinds_of(by_kind);
    const auto head = [&](bool first) {
        w.open("th", {{"scope", "row"}});
        if (first) {
            w.element("span", id, {{"class", "id"}});
            if (!name.empty()) w.element("span", name, {{"class", "name"}});
        }
        w.close();
    };
    bool first = true;
    for (std::size_t k : kinds) {
        w.open("tr", css.empty() ? HtmlAttributes{} : HtmlAttributes{{"class", css}});
        head(first);
        first = false;
        w.element("td", kind_word(k), {{"class", "kind"}});
        number_cells(by_kind[k]);
        w.close();
        w.newline();
    }
    if (kinds.size() != 1) { // several kinds: their sum, saying what it adds; none: a row of zeros
        // A sum says what it adds; a row of nothing (an agency listed for those under it) is no sum.
        const std::string sum = kinds.empty() ? css : css.empty() ? "sum" : css + " sum";
        w.open("tr", sum.empty() ? HtmlAttributes{} : HtmlAttributes{{"class", sum}});
        head(first);
        w.element("td", kinds.empty() ? "–" : page_.t("label.kinds-added", {{"kinds", kinds_text(kinds)}}),
                  {{"class", "kind"}});
        number_cells(total);
        w.close();
        w.newline();
    }
}

void Scorecard::summary_line(const Figures& f) const {
    HtmlWriter& w = page_.w;
    const Lang lang = page_.lang;
    w.element(
        "span",
        page_.t("label.fold-figures", {{"expected", count_text(f.expected, lang)},
                                       {"received", count_text(f.actual, lang)},
                                       {"reporting_rate", percent_for_people(f.actual, f.expected, lang)},
                                       {"on_time_rate", percent_for_people(f.on_time, f.expected, lang)},
                                       {"missing", count_text(f.missing(), lang)},
                                       {"late", count_text(f.late(), lang)}}),
        {{"class", f.missing() > 0 ? "figures bad"
                   : f.late() > 0  ? "figures warn"
                                   : "figures"}});
}

void Scorecard::node(AgencyIndex agency, int depth) const {
    HtmlWriter& w = page_.w;
    const plan::Agency& a = page_.result.program->agencies[agency];
    const reports::AgencyFigures& f = *figures_.at(agency);
    const auto found = children_.find(agency);
    const std::vector<AgencyIndex> none;
    const std::vector<AgencyIndex>& below = found == children_.end() ? none : found->second;

    HtmlAttributes attributes{{"class", "fold"}, {"data-agency", a.id}};
    if (open_all_ || depth == 0) attributes.emplace_back("open", "open");
    w.open("details", attributes);
    w.open("summary");
    w.element("span", a.id, {{"class", "id"}});
    w.element("span", a.name, {{"class", "name"}});
    summary_line(f.rolled_up);
    w.close();
    w.open("div", {{"class", "scroll"}});
    w.open("table", {{"class", "scorecard sortable"}});
    header();
    // The agency itself first, then each agency directly under it with nothing under itself; those
    // with agencies under them follow as folds of their own.
    if (counts(f.own)) {
        w.open("tbody", {{"class", "self"}});
        rows(a.id, a.name, "", f.own, f.own_by_kind);
        w.close();
    }
    int unlisted = 0;
    for (AgencyIndex child : below) {
        if (children_.count(child)) continue;
        const reports::AgencyFigures& c = *figures_.at(child);
        if (!open_all_ && c.own.late() == 0 && c.own.missing() == 0) { // national scale: the problems only
            ++unlisted;
            continue;
        }
        const plan::Agency& ca = page_.result.program->agencies[child];
        w.open("tbody", {{"data-agency", ca.id}});
        rows(ca.id, ca.name, "", c.own, c.own_by_kind);
        w.close();
    }
    w.open("tfoot");
    rows(a.id, page_.t("label.rolled-up", {{"agency", a.id}}), "rolled-up", f.rolled_up, f.rolled_up_by_kind);
    w.close(3);
    w.newline();
    if (unlisted > 0)
        w.element("p", page_.t("label.fold-unlisted", {{"count", count_text(unlisted, page_.lang)}}),
                  {{"class", "unlisted"}});
    for (AgencyIndex child : below)
        if (children_.count(child)) node(child, depth + 1);
    w.close();
    w.newline();
}

void Scorecard::write() {
    build_tree();
    HtmlWriter& w = page_.w;
    w.open("div", {{"class", "plan-scorecard"}, {"id", html_id("scorecard-", plan_.plan)}});
    w.element("h3", page_.t("heading.plan", {{"plan", plan_.plan}}));
    // The plan's totals first: the figures an inspector quotes.
    w.open("div", {{"class", "scroll"}});
    w.open("table", {{"class", "scorecard plan-total"}});
    header();
    w.open("tbody");
    rows(plan_.plan, page_.t("label.plan-total"), "total", plan_.total, plan_.total_by_kind);
    w.close(3);
    w.newline();
    // Agencies at the top of the hierarchy with nothing under them share one table.
    std::vector<AgencyIndex> alone;
    for (AgencyIndex root : roots_)
        if (!children_.count(root)) alone.push_back(root);
    if (!alone.empty()) {
        w.open("div", {{"class", "scroll"}});
        w.open("table", {{"class", "scorecard sortable"}});
        header();
        for (AgencyIndex agency : alone) {
            const reports::AgencyFigures& f = *figures_.at(agency);
            const plan::Agency& a = page_.result.program->agencies[agency];
            w.open("tbody", {{"data-agency", a.id}});
            rows(a.id, a.name, "", f.own, f.own_by_kind);
            w.close();
        }
        w.close();
        w.close();
        w.newline();
    }
    for (AgencyIndex root : roots_)
        if (children_.count(root)) node(root, 0);
    w.close();
    w.newline();
}

} // namespace

void write_scorecard(const HtmlPage& page) {
    HtmlWriter& w = page.w;
    w.open("section", {{"id", "scorecard"}});
    w.element("h2", page.t("heading.scorecard"));
    w.element("p", page.t("label.scorecard-reading"), {{"class", "hint"}});
    w.element("p", page.t("label.sort-hint"), {{"class", "hint js-only"}});
    if (page.result.program)
        for (const reports::PlanFigures& plan : page.result.figures)
            Scorecard(page, plan).write();
    if (page.result.figures.empty()) w.element("p", page.t("label.nothing-expected"));
    w.close();
    w.newline();
}

} // namespace oblige::output
