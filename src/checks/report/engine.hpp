// The report checks of one run: feed it report files one at a time, then finish() judges what never came
// and counts the figures. Only compact records of what arrived are kept between files.
#pragma once

#include "base/date.hpp"
#include "base/finding.hpp"
#include "checks/report/value_ledger.hpp"
#include "plan/model.hpp"
#include "reports/expectations.hpp"
#include "reports/figures.hpp"
#include "reports/receipts.hpp"
#include "reports/xml_reader.hpp"

#include <set>
#include <string>
#include <vector>

namespace oblige::checks::report {

struct ReportRun {
    std::vector<Finding> findings;             // unsorted
    std::vector<reports::PlanFigures> figures; // one per plan, in program order
    std::vector<Subjects> expected;            // every expected submission in scope whose period has begun
    int files = 0;
};

class Engine {
  public:
    Engine(const plan::Program& program, const Date& as_of);

    void add_file(const std::string& path);    // reads it from disk
    void add(const reports::ReportFile& file); // already read
    // `scope`: the periods the figures count (CheckOptions::periods); empty: all.
    ReportRun finish(const std::vector<plan::Period>& scope = {});

  private:
    void add_report(const reports::RawReport& report);

    struct PlanState {
        reports::PlanExpectations expectations;
        std::vector<reports::Receipt> receipts; // parallel to expectations.all()
        std::set<plan::AgencyIndex> senders;
    };

    const plan::Program& program_;
    Date as_of_;
    std::vector<PlanState> plans_;
    ValueLedger ledger_;
    ReportRun run_;
};

} // namespace oblige::checks::report
