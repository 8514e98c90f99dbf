// The report checks of one run: feed it report files one at a time, then finish() judges what never came
// and counts the figures. Only compact records of what arrived are kept between files.
#pragma once

#include "base/date.hpp"
#include "base/finding.hpp"
#include "checks/report/header.hpp"
#include "checks/report/plan_names.hpp"
#include "checks/report/submissions.hpp"
#include "checks/report/value_checks.hpp"
#include "checks/report/value_ledger.hpp"
#include "plan/model.hpp"
#include "reports/expectations.hpp"
#include "reports/figures.hpp"
#include "reports/file_checksum.hpp"
#include "reports/receipts.hpp"
#include "reports/xml_reader.hpp"

#include <boost/container/small_vector.hpp>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::checks::report {

struct ReportRun {
    std::vector<Finding> findings;             // unsorted
    std::vector<reports::PlanFigures> figures; // one per plan, in program order
    std::vector<Subjects> expected;            // every expected submission in scope whose period has begun
    int files = 0;
    // One per file taken, in the order taken (add_files: the order of its paths), worked out while its
    // bytes were in memory. The checks never read it; it is a fact about the run for whoever keeps one.
    std::vector<reports::FileChecksum> checksums;
};

class Engine {
  public:
    Engine(const plan::Program& program, const Date& as_of);

    void add(reports::ReportFile file); // already read
    // Reads each path and adds it, in this order, with the same findings in the same order; the files are
    // read, parsed and their reports' headers and values judged on `threads` threads, while this thread
    // matches them to expectations in file order. No file's bytes or DOM outlive its turn.
    void add_files(const std::vector<std::string>& paths, unsigned threads);
    // `scope`: the periods the figures count (CheckOptions::periods); empty: all.
    // `list_expected`: also list every expected submission (JUnit's test cases); costly at national scale,
    // so only when the output needs it.
    ReportRun finish(const std::vector<plan::Period>& scope = {}, bool list_expected = false);

  private:
    // A file as far as it can be judged without the run's state: what the parallel threads produce.
    // Its places are in its file's; the file's bytes are gone by then.
    struct PreparedReport {
        Place at; // the `<report` tag
        Header header;
        // Well-formed, valid, known and submitted by --as-of (SPEC §2): only a received report is matched,
        // counted and has values for conflicts and targets.
        bool received = false;
        ReportedValues values;
        std::vector<Finding> findings; // report-invalid, report-unknown, ... in the order a serial run makes
    };
    // Handed from the thread that prepared it to the one that commits it: as few heap blocks as may be.
    struct PreparedFile {
        std::string_view path; // the caller's, which outlives the file's turn
        reports::FileChecksum checksum;
        std::vector<Finding> findings; // the reader's
        boost::container::small_vector<PreparedReport, 1> reports;
    };
    // Fills `out`, a fresh PreparedFile in its slot: a file's reports are kept inline, and moving them
    // from a returned value into the slot was a copy of each.
    void prepare(reports::ReportFile& file, std::string_view path, PreparedFile& out) const;
    void commit(PreparedFile&& file);
    void commit_report(PreparedReport& report, const std::string& file, std::uint32_t file_number);

    struct PlanState {
        reports::PlanExpectations expectations;
        std::vector<reports::Receipt> receipts;      // parallel to expectations.all()
        IndexedVector<plan::AgencyIndex, bool> sent; // a report from the agency arrived
        ValueLedger ledger;                          // the received reports that fulfil an expectation
        std::vector<Submission> submissions;         // their claims, judged together at finish()
    };

    const plan::Program& program_;
    Date as_of_;
    std::vector<PlanNames> names_; // one per plan, in program order: read by the preparing threads
    std::deque<PlanState> plans_;  // never moved once made (receipts cannot be copied)
    reports::FileNames files_;     // the files taken, numbered in order: receipts point into them
    ReportRun run_;
    // Working space of commit and commit_report, kept across reports so that taking one allocates nothing.
    std::string path_; // the file being committed
    std::vector<std::size_t> candidates_, matched_;
    std::vector<plan::IndicatorIndex> covers_;
};

} // namespace oblige::checks::report
