// A synthetic national plan at a chosen scale, shared by the generator and the benchmark: provinces, each
// with its People's Committee, its departments and its communes; who reports what to whom, and when.
#pragma once

#include "base/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace oblige::bench {

struct Shape {
    int provinces = 34;
    int departments = 40;       // reporting agencies per province (Sở, ban, ngành)
    int communes = 3321;        // in the whole country, spread over the provinces
    int commune_recipients = 1; // departments S01..Sk each receive every commune's monthly report
    int first_year = 2021;
    int last_year = 2025;
};

// Rates per expected submission; each submission carries at most one defect.
struct Defects {
    double late = 0.02;
    double missing = 0.01;
    double duplicate = 0.01;
    double conflicting = 0.005;
    double bad_value = 0.005;
    double malformed = 0.005;
};

// splitmix64: the same stream on every platform (std's distributions are not).
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

  private:
    std::uint64_t state_;
};

enum class Freq { monthly, quarterly, half_yearly, yearly };

struct DutySpec {
    std::string name;
    std::vector<std::string> from; // agency or group ids, as the plan writes them
    std::vector<std::string> to;
    std::vector<std::string> covers; // empty: narrative
    Freq freq = Freq::monthly;
    int offset = 0;                   // monthly/quarterly: days after the period ends
    int due_day = 0, due_month = 0;   // yearly (next year), half-yearly H1
    int due_day2 = 0, due_month2 = 0; // half-yearly H2
    std::string schedule_text() const;
};

struct Obligation {
    std::size_t duty;
    std::string sender, recipient;
    int province;            // whose folder its reports go to
    std::string folder;      // the sender's folder under reports/
    std::vector<int> covers; // into NationalPlan::indicator_paths; empty: a narrative report
};

struct NationalPlan {
    std::string plan_id = "QG-BENCH/2021-2025";
    Shape shape;
    std::vector<std::string> indicator_paths; // leaves, in plan order
    std::vector<bool> indicator_is_count;     // else percent
    std::vector<DutySpec> duties;
    std::vector<Obligation> obligations; // every expanded sender → recipient flow
    std::string text;                    // the .obl file
};

NationalPlan make_plan(const Shape& shape);

struct PeriodSpec {
    std::string text; // "2021-03", "2021-Q1", "2021-H2", "2021"
    Date opens;
    Date due;
};
std::vector<PeriodSpec> periods_of(const DutySpec& duty, int first_year, int last_year);

// One report file as the generator writes it: the obligation's header, a value for each indicator it
// covers (every sender reports the same value for an indicator and period, so only `altered`, a resent
// report with its first value changed, disagrees) and a Vietnamese note. `decimal_comma` writes the first
// value the Vietnamese way (`57,3`: a bad value).
std::string report_xml(const NationalPlan& n, const Obligation& o, const PeriodSpec& p, const Date& submitted,
                       bool decimal_comma, bool altered);

// The day deadlines are judged at for `months` months of reporting: the 25th of the month after.
Date as_of_after(int first_year, int months);

} // namespace oblige::bench
