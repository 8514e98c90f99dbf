// oblige_bench: the national-scale benchmark (BENCHMARKS.md). For each scale it generates the data with
// oblige_generate, then measures side by side, each in a child process of its own so that ru_maxrss is
// that measurement's peak:
//   (a) the parse floor: every report file read and parsed by pugixml, no checks, on the same number of
//       threads as `oblige check`, with the same reading function;
//   (b) the full `oblige check` binary (plan checks, report checks, json output);
// and `oblige lint` on a large graph (≥ 50,000 agencies, ≥ 1,000,000 edges). With --history, also
// `check --history` (SQLite) against check alone, and `oblige history` over a year of nightly runs of the
// largest scale (--history-nights, default 365, copied from the run recorded; history_year.cpp).
//
//   oblige_bench [--dir DIR] [--scales 1,4,16] [--repeat N] [--no-graph] [--keep]
//                [--provinces N] [--departments N] [--communes N] [--history [--history-nights N]]
//   oblige_bench --floor REPORTS_DIR     (the child measuring the floor)
//   oblige_bench --reader REPORTS_DIR    (the floor's loop with check's reader: what the reader adds)
#include "history_year.hpp"
#include "reports/ordered_parallel.hpp"
#include "reports/walk.hpp"
#include "reports/xml_reader.hpp"

#include <pugixml.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Measure {
    double seconds = 0;
    double cpu_seconds = 0; // user + system: steadier than wall time on a shared machine
    long max_rss_kib = 0;
    int status = 0;
};

// Runs argv in a child, stdout and stderr to `log`, and returns its wall time and peak resident memory.
Measure run(const std::vector<std::string>& argv, const fs::path& log) {
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!std::freopen(log.c_str(), "w", stdout)) _exit(127);
        dup2(fileno(stdout), fileno(stderr));
        execv(args[0], args.data());
        _exit(127);
    }
    Measure m;
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) < 0) {
        m.status = -1;
        return m;
    }
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.max_rss_kib = usage.ru_maxrss;
    m.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m;
}

// The floor: what reading and parsing the files costs, and nothing else. With `reader`, the same loop
// runs check's reader (reports::read_report_file) instead: what the reader adds to the floor.
int floor_main(const std::string& dir, bool reader = false) {
    const oblige::reports::ReportFiles found = oblige::reports::collect_report_files({dir});
    const std::vector<std::string>& files = found.files;
    const unsigned threads = oblige::reports::report_threads();
    std::atomic<std::size_t> next{0};
    std::atomic<long> elements{0};
    auto work = [&] {
        long seen = 0;
        std::string bytes;
        for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
            if (reader) {
                seen += static_cast<long>(oblige::reports::read_report_file(files[i]).reports.size());
                continue;
            }
            if (!oblige::reports::read_file_bytes(files[i], oblige::reports::max_report_file_bytes, bytes))
                continue;
            pugi::xml_document doc;
            if (!doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8))
                continue;
            for (pugi::xml_node n = doc.document_element().first_child(); n; n = n.next_sibling())
                ++seen;
        }
        elements += seen;
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    std::printf("%zu files, %ld elements, %u threads\n", files.size(), elements.load(), threads);
    return 0;
}

std::map<std::string, std::string> read_keys(const fs::path& file) {
    std::map<std::string, std::string> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (auto eq = line.find('='); eq != std::string::npos && line[0] != '#')
            out[line.substr(0, eq)] = line.substr(eq + 1);
    return out;
}

std::string first_line(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
long median(std::vector<long> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

std::string self_path() {
    return fs::read_symlink("/proc/self/exe").string();
}

double least(const std::vector<double>& v) {
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

struct Row {
    int scale = 0;
    long files = 0;
    double mb = 0;
    double floor_s = 0, check_s = 0;
    double floor_cpu = 0, check_cpu = 0;
    // The fastest run of each: what the work costs when no other tenant got in its way (interference only
    // ever adds time). Shown beside the medians, which stay the figures the target is judged by.
    double floor_best_s = 0, check_best_s = 0, floor_best_cpu = 0, check_best_cpu = 0;
    long floor_kib = 0, check_kib = 0;
    long findings = 0;
};

[[noreturn]] void usage(const std::string& why) {
    std::fprintf(
        stderr,
        "oblige_bench: %s\nusage: oblige_bench [--dir DIR] [--scales 1,4,16] [--repeat N] [--no-graph] "
        "[--keep]\n                    [--provinces N] [--departments N] [--communes N]\n",
        why.c_str());
    std::exit(2);
}

} // namespace

// `oblige history` over a year of nightly runs of this scale, made from the run just recorded.
void history_year(const std::string& oblige, const fs::path& out, int nights, int repeat) {
    const fs::path db = out / "history.db";
    const auto start = std::chrono::steady_clock::now();
    const int runs = oblige::bench::fill_history_year(db.string(), nights);
    const double fill_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("       history: %d runs on record (%.0f s to copy them), %.0f MB\n", runs, fill_s,
                fs::file_size(db) / 1e6);
    const std::vector<std::vector<std::string>> commands = {
        {oblige, "history", db.string(), "--format", "json", "--output", (out / "history.json").string()},
        {oblige, "history", db.string(), "--agency", "T01_S01", "--format", "html", "--output",
         (out / "history.html").string()},
        {oblige, "history", db.string(), "--last", "30", "--output", (out / "history.txt").string()}};
    for (const auto& command : commands) {
        std::vector<double> secs, cpu;
        std::vector<long> kib;
        for (int r = 0; r < repeat; ++r) {
            const Measure m = run(command, out / "history-report.log");
            if (m.status != 0)
                std::fprintf(stderr, "oblige_bench: `history` failed; see history-report.log\n");
            secs.push_back(m.seconds), cpu.push_back(m.cpu_seconds), kib.push_back(m.max_rss_kib);
        }
        std::string shown;
        for (std::size_t i = 3; i < command.size() && command[i] != "--output"; ++i)
            shown += " " + command[i];
        std::printf("       oblige history DB%s: %.2f s wall, %.2f s cpu, %.1f MiB\n", shown.c_str(),
                    median(secs), median(cpu), median(kib) / 1024.0);
    }
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 2 && args[0] == "--floor") return floor_main(args[1]);
    if (args.size() == 2 && args[0] == "--reader") return floor_main(args[1], true);

    fs::path dir;
    std::vector<int> scales{1, 4, 16};
    int repeat = 3;
    bool graph = true, keep = false, history = false;
    int history_nights = 365;
    std::vector<std::string> shape;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) usage(a + " needs a value");
            return args[++i];
        };
        if (a == "--dir")
            dir = value();
        else if (a == "--scales") {
            scales.clear();
            std::stringstream in(value());
            for (std::string s; std::getline(in, s, ',');)
                scales.push_back(std::atoi(s.c_str()));
        } else if (a == "--repeat")
            repeat = std::max(1, std::atoi(value().c_str()));
        else if (a == "--no-graph")
            graph = false;
        else if (a == "--keep")
            keep = true;
        else if (a == "--history")
            history = true;
        else if (a == "--history-nights")
            history_nights = std::max(1, std::atoi(value().c_str()));
        else if (a == "--provinces" || a == "--departments" || a == "--communes") {
            shape.push_back(a);
            shape.push_back(value());
        } else
            usage("unknown argument " + a);
    }
    const bool temporary = dir.empty();
    if (temporary) {
        char tmpl[] = "/tmp/oblige-bench-XXXXXX";
        if (!mkdtemp(tmpl)) usage("cannot make a temporary folder");
        dir = tmpl;
    }
    fs::create_directories(dir);
    const std::string oblige = OBLIGE_BINARY, generate = OBLIGE_GENERATE, self = self_path();
    std::printf("oblige_bench: data in %s; %u hardware threads; each figure the median of %d runs\n",
                dir.c_str(), std::thread::hardware_concurrency(), repeat);

    std::vector<Row> rows;
    for (int scale : scales) {
        const fs::path out = dir / ("scale-" + std::to_string(scale));
        std::vector<std::string> gen{generate, out.string(), "--months", std::to_string(3 * scale)};
        gen.insert(gen.end(), shape.begin(), shape.end());
        const Measure g = run(gen, dir / "generate.log");
        if (g.status != 0) {
            std::fprintf(stderr, "oblige_bench: oblige_generate failed; see %s\n",
                         (dir / "generate.log").c_str());
            return 1;
        }
        const auto keys = read_keys(out / "expected.txt");
        Row row;
        row.scale = scale;
        row.files = std::atol(keys.at("files").c_str());
        row.mb = std::atof(keys.at("bytes").c_str()) / 1e6;
        std::printf("  %2dx: %ld files, %.1f MB generated in %.1f s\n", scale, row.files, row.mb, g.seconds);
        const std::vector<std::string> floor_cmd{self, "--floor", (out / "reports").string()};
        const std::vector<std::string> check_cmd{oblige,
                                                 "check",
                                                 (out / "plan.obl").string(),
                                                 "--reports",
                                                 (out / "reports").string(),
                                                 "--as-of",
                                                 keys.at("as_of"),
                                                 "--format",
                                                 "json",
                                                 "--output",
                                                 (out / "findings.json").string(),
                                                 "--fail-on",
                                                 "never"};
        // The generator's files are written out, and read once untimed, before anything is timed: disk
        // writeback during the first runs, and a cold directory cache, made them slower than the rest.
        ::sync();
        run(floor_cmd, out / "floor.log");
        std::vector<double> floor_s, check_s, floor_cpu, check_cpu;
        std::vector<long> floor_kib, check_kib;
        // Alternate, so that both see the same state of the page cache and of the machine.
        for (int r = 0; r < repeat; ++r) {
            const Measure f = run(floor_cmd, out / "floor.log");
            const Measure c = run(check_cmd, out / "check.log");
            if (f.status != 0 || c.status != 0) {
                std::fprintf(stderr, "oblige_bench: a run failed (floor %d, check %d); see %s\n", f.status,
                             c.status, out.c_str());
                return 1;
            }
            floor_s.push_back(f.seconds), check_s.push_back(c.seconds);
            floor_cpu.push_back(f.cpu_seconds), check_cpu.push_back(c.cpu_seconds);
            floor_kib.push_back(f.max_rss_kib), check_kib.push_back(c.max_rss_kib);
        }
        if (history) {
            // check --history into a fresh SQLite file (the first night) and into a history that already
            // holds runs of these plans (every night after), alternating with check alone: the differences
            // are what recording costs. The fresh file is removed before each of its runs, untimed.
            std::vector<std::string> history_cmd = check_cmd, fresh_cmd = check_cmd;
            history_cmd.insert(history_cmd.end(), {"--history", (out / "history.db").string()});
            fresh_cmd.insert(fresh_cmd.end(), {"--history", (out / "fresh.db").string()});
            const auto remove_db = [](const fs::path& db) {
                for (const char* suffix : {"", "-wal", "-shm"})
                    fs::remove(db.string() + suffix);
            };
            remove_db(out / "history.db");
            run(history_cmd, out / "history.log");
            std::vector<double> plain_s, plain_cpu, with_s, with_cpu, fresh_s, fresh_cpu;
            for (int r = 0; r < repeat; ++r) {
                const Measure c = run(check_cmd, out / "check.log");
                remove_db(out / "fresh.db");
                const Measure f = run(fresh_cmd, out / "history-fresh.log");
                const Measure h = run(history_cmd, out / "history.log");
                if (c.status != 0 || f.status != 0 || h.status != 0) {
                    std::fprintf(stderr, "oblige_bench: check --history failed; see %s\n",
                                 (out / "history.log").c_str());
                    return 1;
                }
                plain_s.push_back(c.seconds), plain_cpu.push_back(c.cpu_seconds);
                fresh_s.push_back(f.seconds), fresh_cpu.push_back(f.cpu_seconds);
                with_s.push_back(h.seconds), with_cpu.push_back(h.cpu_seconds);
            }
            remove_db(out / "fresh.db");
            const auto adds = [](const std::vector<double>& with, const std::vector<double>& plain) {
                return 100 * (median(with) / median(plain) - 1);
            };
            std::printf("       check alone %.2f s wall, %.2f s cpu\n", median(plain_s), median(plain_cpu));
            std::printf("       check --history, fresh SQLite file: %.2f s wall, %.2f s cpu: recording adds "
                        "%.0f %% wall, %.0f %% cpu\n",
                        median(fresh_s), median(fresh_cpu), adds(fresh_s, plain_s),
                        adds(fresh_cpu, plain_cpu));
            std::printf("       check --history, 1 to %d runs on record: %.2f s wall, %.2f s cpu: recording "
                        "adds %.0f %% wall, %.0f %% cpu\n",
                        repeat, median(with_s), median(with_cpu), adds(with_s, plain_s),
                        adds(with_cpu, plain_cpu));
            if (scale == scales.back()) history_year(oblige, out, history_nights, repeat);
        }
        row.floor_s = median(floor_s), row.check_s = median(check_s);
        row.floor_cpu = median(floor_cpu), row.check_cpu = median(check_cpu);
        row.floor_kib = median(floor_kib), row.check_kib = median(check_kib);
        row.floor_best_s = least(floor_s), row.check_best_s = least(check_s);
        row.floor_best_cpu = least(floor_cpu), row.check_best_cpu = least(check_cpu);
        {
            std::ifstream in(out / "findings.json");
            std::string line;
            while (std::getline(in, line))
                if (auto at = line.find("\"findings\": "); at != std::string::npos) {
                    row.findings = std::atol(line.c_str() + at + 12);
                    break;
                }
        }
        std::printf("       floor %s\n", first_line(out / "floor.log").c_str());
        rows.push_back(row);
        if (!keep) fs::remove_all(out / "reports");
    }

    std::printf("\n%-6s %8s %7s %8s %8s %7s %8s %8s %7s %9s %9s %8s\n", "scale", "files", "MB", "floor s",
                "check s", "ratio", "floor cpu", "check cpu", "ratio", "floor MiB", "check MiB", "findings");
    for (const Row& r : rows)
        std::printf("%-6s %8ld %7.1f %8.2f %8.2f %7.2f %8.2f %8.2f %7.2f %9.1f %9.1f %8ld\n",
                    (std::to_string(r.scale) + "x").c_str(), r.files, r.mb, r.floor_s, r.check_s,
                    r.check_s / r.floor_s, r.floor_cpu, r.check_cpu, r.check_cpu / r.floor_cpu,
                    r.floor_kib / 1024.0, r.check_kib / 1024.0, r.findings);
    std::printf("(ratio = check / floor; s = wall seconds, cpu = user + system seconds; medians)\n");
    if (repeat > 1) {
        std::printf("best of %d runs:", repeat);
        for (const Row& r : rows)
            std::printf("  %dx wall %.2f / %.2f = %.2f, cpu %.2f / %.2f = %.2f;", r.scale, r.check_best_s,
                        r.floor_best_s, r.check_best_s / r.floor_best_s, r.check_best_cpu, r.floor_best_cpu,
                        r.check_best_cpu / r.floor_best_cpu);
        std::printf("\n");
    }
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Row &a = rows[i - 1], &b = rows[i];
        std::printf("%dx -> %dx: files x%.2f, check wall x%.2f, check cpu x%.2f (per file x%.2f), floor wall "
                    "x%.2f, check memory x%.2f\n",
                    a.scale, b.scale, double(b.files) / a.files, b.check_s / a.check_s,
                    b.check_cpu / a.check_cpu, (b.check_cpu / b.files) / (a.check_cpu / a.files),
                    b.floor_s / a.floor_s, double(b.check_kib) / a.check_kib);
    }
    if (rows.size() > 1)
        std::printf("%dx -> %dx: check memory x%.2f\n", rows.front().scale, rows.back().scale,
                    double(rows.back().check_kib) / rows.front().check_kib);

    if (graph) {
        const fs::path out = dir / "graph";
        const Measure g = run({generate, out.string(), "--graph"}, dir / "generate-graph.log");
        if (g.status != 0) {
            std::fprintf(stderr, "oblige_bench: oblige_generate --graph failed\n");
            return 1;
        }
        std::vector<double> secs, cpu;
        std::vector<long> kib;
        int status = 0;
        for (int r = 0; r < repeat; ++r) {
            const Measure m = run({oblige, "lint", (out / "graph.obl").string(), "--format", "json",
                                   "--output", (out / "lint.json").string(), "--fail-on", "never"},
                                  out / "lint.log");
            status = m.status;
            secs.push_back(m.seconds), cpu.push_back(m.cpu_seconds), kib.push_back(m.max_rss_kib);
        }
        std::printf("\nlint on %s: %.2f s wall, %.2f s cpu, %.1f MiB%s\n",
                    first_line(dir / "generate-graph.log").c_str(), median(secs), median(cpu),
                    median(kib) / 1024.0, status ? " (FAILED)" : "");
    }
    if (temporary && !keep) fs::remove_all(dir);
    return 0;
}
