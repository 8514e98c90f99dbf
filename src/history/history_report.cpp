#include "history/history_report.hpp"

#include "history/chronic.hpp"
#include "history/sql.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace oblige::history {

namespace {

bool filtered(const HistoryQuery& q) {
    return !q.plan.empty() || !q.agency.empty();
}

// The filters as the statements take them: each once to test for '' and once to compare.
std::vector<Value> with_filters(std::int64_t run, const HistoryQuery& q) {
    return {run, q.plan, q.plan, q.agency, q.agency};
}

std::optional<plan::Period> period_of(const std::string& text) {
    return plan::Period::parse(text);
}

// Periods in time order where they parse, text order for the rest.
bool period_before(const std::string& a, const std::string& b) {
    const auto pa = period_of(a), pb = period_of(b);
    if (pa && pb) return *pa < *pb;
    if (pa || pb) return bool(pa);
    return a < b;
}

std::vector<RunSummary> read_runs(Database& db, const HistoryQuery& query) {
    std::vector<RunSummary> runs;
    for (const Row& row : db.run(sql::list_runs, {query.plan, query.plan})) {
        RunSummary r;
        r.run = as_integer(row[0]);
        r.started = as_text(row[1]);
        r.as_of = as_text(row[2]);
        r.oblige_version = as_text(row[3]);
        r.plan_set = as_text(row[4]);
        if (!is_null(row[5])) r.previous = as_integer(row[5]);
        r.findings = static_cast<int>(as_integer(row[6]));
        r.fresh = static_cast<int>(as_integer(row[7]));
        r.resolved = static_cast<int>(as_integer(row[8]));
        r.persisting = static_cast<int>(as_integer(row[9]));
        r.previous_findings = r.findings - r.fresh + r.resolved;
        runs.push_back(std::move(r));
    }
    if (query.last > 0 && runs.size() > static_cast<std::size_t>(query.last))
        runs.erase(runs.begin(), runs.end() - query.last);
    if (!filtered(query)) return runs;
    // Under --plan or --agency the counts kept with each run do not apply: count the run's findings
    // (and its previous run's) that pass the filters. Indexed by run and agency: a year stays quick.
    auto count = db.prepare(sql::count_findings);
    for (RunSummary& r : runs) {
        const Row c = count->run(with_filters(r.run, query)).at(0);
        r.findings = static_cast<int>(as_integer(c[0]));
        r.fresh = static_cast<int>(as_integer(c[1]));
        r.persisting = r.findings - r.fresh;
        r.previous_findings =
            r.previous ? static_cast<int>(as_integer(count->run(with_filters(*r.previous, query)).at(0)[0]))
                       : 0;
        r.resolved = r.previous_findings - r.persisting;
    }
    return runs;
}

// The latest run of each plan set among `runs`, in run order.
std::vector<std::int64_t> latest_of_each_plan_set(const std::vector<RunSummary>& runs) {
    std::map<std::string, std::int64_t> latest;
    for (const RunSummary& r : runs)
        latest[r.plan_set] = std::max(latest[r.plan_set], r.run);
    std::vector<std::int64_t> out;
    for (const auto& [plan_set, run] : latest)
        out.push_back(run);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<ChronicLateness> read_chronic(Database& db, const std::vector<std::int64_t>& latest,
                                          const HistoryQuery& query) {
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<plan::Period>> late;
    for (const std::int64_t run : latest)
        for (const Row& row : db.run(sql::late_or_missing, with_filters(run, query)))
            if (const auto p = period_of(as_text(row[3])))
                late[{as_text(row[0]), as_text(row[1]), as_text(row[2])}].push_back(*p);
    std::vector<ChronicLateness> out;
    for (auto& [key, periods] : late)
        for (const auto& run : chronic_runs(std::move(periods))) {
            ChronicLateness c{std::get<0>(key), std::get<1>(key), std::get<2>(key), {}};
            for (const plan::Period& p : run)
                c.periods.push_back(p.text());
            out.push_back(std::move(c));
        }
    return out;
}

std::vector<OpenFinding> read_longest_open(Database& db, const std::vector<std::int64_t>& latest,
                                           const HistoryQuery& query) {
    std::vector<OpenFinding> out;
    for (const std::int64_t run : latest) {
        std::vector<Value> parameters = with_filters(run, query);
        parameters.push_back(std::int64_t(query.open_limit));
        for (const Row& row : db.run(sql::open_findings, parameters)) {
            OpenFinding f;
            f.fingerprint = as_text(row[0]);
            f.code = as_text(row[1]);
            f.severity = as_text(row[2]);
            // Words of a past run: they may name nothing in today's plan.
            f.subjects = {.plan = as_text(row[3]),
                          .agency = Subject<AgencyIndex>::written(as_text(row[4])),
                          .recipient = Subject<AgencyIndex>::written(as_text(row[5])),
                          .indicator = Subject<IndicatorIndex>::written(as_text(row[6])),
                          .duty = Subject<DutyIndex>::written(as_text(row[7]))};
            f.subjects.set_period(as_text(row[8]));
            f.message = as_text(row[9]);
            f.message_vi = as_text(row[10]);
            f.location = {as_text(row[11]), static_cast<int>(as_integer(row[12])),
                          static_cast<int>(as_integer(row[13]))};
            f.first_run = as_integer(row[14]);
            f.first_as_of = as_text(row[15]);
            f.first_started = as_text(row[16]);
            out.push_back(std::move(f));
        }
    }
    std::sort(out.begin(), out.end(), [](const OpenFinding& a, const OpenFinding& b) {
        return std::tie(a.first_run, a.code, a.fingerprint) < std::tie(b.first_run, b.code, b.fingerprint);
    });
    if (out.size() > static_cast<std::size_t>(query.open_limit))
        out.resize(static_cast<std::size_t>(query.open_limit));
    return out;
}

} // namespace

std::vector<output::AgencyTrend> read_trend(Database& db, const std::vector<std::int64_t>& latest_runs,
                                            const HistoryQuery& query) {
    // Summed over plans: an agency's record is all it owes in the runs on record.
    std::map<std::string, std::map<std::string, reports::Figures>> by_agency;
    for (const std::int64_t run : latest_runs)
        for (const Row& row : db.run(sql::run_figures, with_filters(run, query))) {
            reports::Figures f;
            f.expected = static_cast<int>(as_integer(row[3]));
            f.actual = static_cast<int>(as_integer(row[4]));
            f.on_time = static_cast<int>(as_integer(row[5]));
            by_agency[as_text(row[1])][as_text(row[2])] += f;
        }
    std::vector<output::AgencyTrend> out;
    for (auto& [agency, periods] : by_agency) {
        output::AgencyTrend trend{agency, {}};
        for (const auto& [period, figures] : periods)
            trend.points.push_back({period, figures});
        std::sort(trend.points.begin(), trend.points.end(),
                  [](const output::TrendPoint& a, const output::TrendPoint& b) {
                      return period_before(a.period, b.period);
                  });
        out.push_back(std::move(trend));
    }
    return out;
}

HistoryReport read_history(Database& db, const HistoryQuery& query) {
    HistoryReport report;
    report.query = query;
    Transaction snapshot(db, false);
    report.runs = read_runs(db, query);
    const std::vector<std::int64_t> latest = latest_of_each_plan_set(report.runs);
    report.trend = read_trend(db, latest, query);
    report.chronic = read_chronic(db, latest, query);
    report.longest_open = read_longest_open(db, latest, query);
    snapshot.commit();
    return report;
}

} // namespace oblige::history
