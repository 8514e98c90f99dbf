// Micro-benchmark of the report reader (xml_reader.*), run by hand (BENCHMARKS.md, "Micro-benchmarks"):
// reads report documents generated in memory, shaped as the national benchmark's files (one per
// obligation of tests/bench's national plan, round after round of periods), as check's threads read
// files: one ReportFile read into again and again. Beside it, alternating, the floor under it: pugixml's
// parse of the same bytes into one document, as `oblige_bench --floor` parses files. Prints the time per
// document of each (best round), what the reader adds to the floor, and a checksum of what each read, so
// that the work cannot be optimised away and a change that reads differently shows.
//
//   xml_reader_perftest [--documents N] [--rounds R]
//
// Under callgrind (`--rounds 1`), the inclusive instructions of floor_round and reader_round are the
// two figures.
#include "bench/national.hpp"
#include "bench/perftest_clock.hpp"
#include "reports/xml_reader.hpp"

#include <pugixml.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace oblige;

namespace {

std::vector<std::string> generate(long count) {
    const bench::NationalPlan plan = bench::make_plan(bench::Shape{});
    std::vector<std::vector<bench::PeriodSpec>> periods;
    for (const bench::DutySpec& d : plan.duties)
        periods.push_back(bench::periods_of(d, plan.shape.first_year, plan.shape.last_year));
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(count));
    const std::size_t obligations = plan.obligations.size();
    for (std::size_t i = 0; out.size() < static_cast<std::size_t>(count); ++i) {
        const bench::Obligation& o = plan.obligations[i % obligations];
        const std::vector<bench::PeriodSpec>& of_duty = periods[o.duty];
        const bench::PeriodSpec& p = of_duty[(i / obligations) % of_duty.size()];
        out.push_back(bench::report_xml(plan, o, p, p.due, false, false));
    }
    return out;
}

// The floor: the bytes copied into one string (as a file is read into one) and parsed by pugixml as the
// reader parses them; the checksum counts the report elements' children.
[[gnu::noinline]] std::uint64_t floor_round(const std::vector<std::string>& documents) {
    std::uint64_t sum = 0;
    std::string bytes;
    pugi::xml_document document;
    for (const std::string& d : documents) {
        bytes.assign(d);
        if (!document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8))
            continue;
        for (pugi::xml_node n = document.document_element().first_child(); n; n = n.next_sibling())
            ++sum;
    }
    return sum;
}

// The reader: the same bytes through read_loaded_report (encoding checks, the parse, the records); the
// checksum folds in what a check would look at: reports, values, their texts' lengths and offsets.
[[gnu::noinline]] std::uint64_t reader_round(const std::vector<std::string>& documents) {
    std::uint64_t sum = 0;
    reports::ReportFile file;
    file.path = "perftest.xml";
    file.read = true;
    for (const std::string& d : documents) {
        file.bytes.assign(d);
        reports::read_loaded_report(file);
        sum += file.findings.size() * 1000003;
        for (const reports::RawReport& r : file.reports) {
            sum += r.at + r.from.text.size() + r.period.text.size() + r.submitted.at;
            for (const reports::RawValue& v : r.values)
                sum = sum * 31 + v.at + v.text.size() + v.indicator.text.size();
        }
    }
    return sum;
}

} // namespace

int main(int argc, char** argv) {
    const char* program = "xml_reader_perftest";
    long documents = 20000, rounds = 5;
    for (int i = 1; i < argc; ++i) {
        const bool has_value = i + 1 < argc;
        if (has_value && std::strcmp(argv[i], "--documents") == 0)
            documents = bench::count_option(program, "--documents", argv[++i]);
        else if (has_value && std::strcmp(argv[i], "--rounds") == 0)
            rounds = bench::count_option(program, "--rounds", argv[++i]);
        else {
            std::fprintf(stderr, "usage: %s [--documents N] [--rounds R]\n", program);
            return 2;
        }
    }
    const std::vector<std::string> set = generate(documents);
    std::size_t bytes = 0;
    for (const std::string& d : set)
        bytes += d.size();

    bench::Timing floor, reader;
    std::uint64_t floor_sum = 0, reader_sum = 0;
    for (long r = 0; r < rounds; ++r) { // alternating, so that both see the same moments of the machine
        bench::time_round(floor, [&] { floor_sum = floor_round(set); });
        bench::time_round(reader, [&] { reader_sum = reader_round(set); });
    }
    std::printf("%ld documents, %.1f MB (%.0f bytes each), best of %ld rounds, one thread\n", documents,
                static_cast<double>(bytes) / 1e6, static_cast<double>(bytes) / static_cast<double>(documents),
                rounds);
    std::printf("floor  (pugixml parse)        %8.0f ns/document CPU  %8.0f wall   checksum %llu\n",
                bench::per_item_ns(floor.cpu_s, documents), bench::per_item_ns(floor.wall_s, documents),
                static_cast<unsigned long long>(floor_sum));
    std::printf("reader (read_loaded_report)   %8.0f ns/document CPU  %8.0f wall   checksum %llu\n",
                bench::per_item_ns(reader.cpu_s, documents), bench::per_item_ns(reader.wall_s, documents),
                static_cast<unsigned long long>(reader_sum));
    std::printf("reader over floor             %8.0f ns/document CPU (%+.0f %%)\n",
                bench::per_item_ns(reader.cpu_s - floor.cpu_s, documents),
                100.0 * (reader.cpu_s / floor.cpu_s - 1));
    return 0;
}
