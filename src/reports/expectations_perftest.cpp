// Micro-benchmark of the expectation engine (expectations.*), run by hand (BENCHMARKS.md,
// "Micro-benchmarks"): builds the expectations of tests/bench's national plan (five years of monthly,
// quarterly, half-yearly and yearly duties from 34 provinces' departments and 3,321 communes: about
// 233,000 expected submissions), then asks for the candidates of one report per expectation, in plan
// order, as matching asks for each report received. Prints the time per expectation of each (best
// round) and a checksum of what was built and found, so that the work cannot be optimised away and a
// change that expects differently shows.
//
//   expectations_perftest [--provinces N] [--communes N] [--rounds R]
//
// Under callgrind (`--rounds 1`), the inclusive instructions of build_round and lookup_round are the
// two figures.
#include "bench/national.hpp"
#include "bench/perftest_clock.hpp"
#include "lang/loader.hpp"
#include "plan/builder.hpp"
#include "reports/expectations.hpp"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace oblige;
namespace fs = std::filesystem;

namespace {

// The plan as `oblige check` loads it: from a file (in a folder of its own, removed after).
plan::Program load_plan(const std::string& text) {
    const fs::path folder = fs::temp_directory_path() / ("expectations_perftest-" + std::to_string(getpid()));
    fs::create_directories(folder);
    const std::string path = (folder / "plan.obl").string();
    std::ofstream(path, std::ios::binary) << text;
    plan::Program program = plan::build(lang::load({path}));
    fs::remove_all(folder);
    return program;
}

// The checksum folds in what the run reads of each expectation: who, to whom, when, by when, what.
[[gnu::noinline]] std::uint64_t build_round(const plan::Program& program, std::size_t& count) {
    const reports::PlanExpectations built(program, program.plans[0]);
    std::uint64_t sum = 0;
    for (const reports::Expected& e : built.all()) {
        sum = sum * 31 + e.duty.value() + (std::uint64_t(e.sender.value()) << 20) +
              (std::uint64_t(e.recipient.value()) << 40);
        sum += static_cast<std::uint64_t>(e.period.year * 100 + e.period.index) + e.covers.size();
        if (e.deadline)
            sum +=
                static_cast<std::uint64_t>(e.deadline->year * 400 + e.deadline->month * 31 + e.deadline->day);
    }
    count = built.all().size();
    return sum;
}

[[gnu::noinline]] std::uint64_t lookup_round(reports::PlanExpectations& expectations) {
    std::uint64_t sum = 0;
    std::vector<std::size_t> found;
    for (const reports::Expected& e : expectations.all()) {
        expectations.candidates(e.period, e.sender, e.recipient, found);
        for (std::size_t i : found)
            sum = sum * 31 + i;
    }
    return sum;
}

} // namespace

int main(int argc, char** argv) {
    const char* program_name = "expectations_perftest";
    bench::Shape shape;
    long rounds = 5;
    for (int i = 1; i < argc; ++i) {
        const bool has_value = i + 1 < argc;
        if (has_value && std::strcmp(argv[i], "--provinces") == 0)
            shape.provinces = static_cast<int>(bench::count_option(program_name, "--provinces", argv[++i]));
        else if (has_value && std::strcmp(argv[i], "--communes") == 0)
            shape.communes = static_cast<int>(bench::count_option(program_name, "--communes", argv[++i]));
        else if (has_value && std::strcmp(argv[i], "--rounds") == 0)
            rounds = bench::count_option(program_name, "--rounds", argv[++i]);
        else {
            std::fprintf(stderr, "usage: %s [--provinces N] [--communes N] [--rounds R]\n", program_name);
            return 2;
        }
    }
    if (shape.communes < shape.provinces) {
        std::fprintf(stderr, "%s: needs at least one commune per province\n", program_name);
        return 2;
    }
    const plan::Program program = load_plan(bench::make_plan(shape).text);
    if (program.plans.empty() || !program.findings.empty()) {
        std::fprintf(stderr, "%s: the generated plan did not load cleanly (%zu findings)\n", program_name,
                     program.findings.size());
        return 1;
    }

    reports::PlanExpectations expectations(program, program.plans[0]);
    bench::Timing build, lookup;
    std::uint64_t build_sum = 0, lookup_sum = 0;
    std::size_t count = 0;
    for (long r = 0; r < rounds; ++r) { // alternating, so that both see the same moments of the machine
        bench::time_round(build, [&] { build_sum = build_round(program, count); });
        bench::time_round(lookup, [&] { lookup_sum = lookup_round(expectations); });
    }
    const long items = static_cast<long>(count);
    std::printf("%d provinces, %d communes: %zu agencies, %ld expectations, best of %ld rounds, one thread\n",
                shape.provinces, shape.communes, program.agencies.size(), items, rounds);
    std::printf(
        "build   (PlanExpectations)   %7.1f ns/expectation CPU  %7.1f wall  (%.3f s)  checksum %llu\n",
        bench::per_item_ns(build.cpu_s, items), bench::per_item_ns(build.wall_s, items), build.cpu_s,
        static_cast<unsigned long long>(build_sum));
    std::printf(
        "lookup  (candidates)         %7.1f ns/report CPU       %7.1f wall  (%.3f s)  checksum %llu\n",
        bench::per_item_ns(lookup.cpu_s, items), bench::per_item_ns(lookup.wall_s, items), lookup.cpu_s,
        static_cast<unsigned long long>(lookup_sum));
    return 0;
}
