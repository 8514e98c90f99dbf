#include "history/run_record.hpp"

#include "base/digits.hpp"
#include "base/hash.hpp"
#include "base/version.hpp"
#include "output/formats.hpp"
#include "reports/ordered_parallel.hpp"
#include "reports/xml_reader.hpp"
#include "run/baseline.hpp"

#include <algorithm>
#include <ctime>

namespace oblige::history {

namespace {

// A checksum of names and bytes: the names' hash over each piece, mixed in order (base/hash.hpp).
class Checksum {
  public:
    void add(std::string_view bytes) {
        const std::uint64_t piece = NameHash{}(bytes);
        state_ = mix(state_, piece);
    }
    std::string hex() const { return hex16(state_); }

  private:
    std::uint64_t state_ = 0x6F626C6967650001ull;
};

std::string plan_files_hash(const plan::Program& program) {
    std::vector<const SourceFile*> sources;
    for (const auto& source : program.sources)
        sources.push_back(source.get());
    std::sort(sources.begin(), sources.end(),
              [](const SourceFile* a, const SourceFile* b) { return a->path() < b->path(); });
    Checksum sum;
    for (const SourceFile* source : sources) {
        sum.add(source->path());
        sum.add(source->text());
    }
    return sum.hex();
}

bool under(std::string_view file, std::string_view path) {
    if (file == path) return true;
    if (!file.starts_with(path)) return false;
    return path.ends_with('/') || file[path.size()] == '/';
}

} // namespace

std::string RunRecord::plan_set() const {
    std::vector<std::string> ids;
    for (const PlanRecord& p : plans)
        ids.push_back(p.plan);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : ",") + id;
    return out;
}

RunRecord make_run_record(const checks::RunResult& result, const std::vector<std::string>& report_paths,
                          const std::vector<std::string>& report_files, std::string started) {
    RunRecord record;
    record.started = std::move(started);
    record.as_of = result.as_of ? result.as_of->iso() : "";
    record.oblige_version = oblige_version;
    if (result.program) {
        const std::string hash = plan_files_hash(*result.program);
        for (const plan::Plan& p : result.program->plans)
            record.plans.push_back({p.id, p.file, hash});
    }
    // Each file counts under the first path given that holds it (collect_report_files reads it once).
    // The files are read again for their checksum, on the threads report ingest uses, and folded in
    // file order so that the checksum does not depend on the threads.
    struct FileSum {
        std::size_t path = 0; // index into report_paths; report_paths.size() when under none
        bool read = false;
        std::uint64_t bytes_hash = 0;
    };
    std::vector<Checksum> sums(report_paths.size());
    std::vector<int> counts(report_paths.size(), 0);
    reports::ordered_parallel<FileSum>(
        report_files.size(), reports::report_threads(),
        [&](std::size_t i, FileSum& out) {
            const std::string& file = report_files[i];
            while (out.path < report_paths.size() && !under(file, report_paths[out.path]))
                ++out.path;
            if (out.path == report_paths.size()) return;
            thread_local std::string bytes;
            out.read = reports::read_file_bytes(file, reports::max_report_file_bytes, bytes);
            if (out.read) out.bytes_hash = NameHash{}(bytes);
        },
        [&, i = std::size_t(0)](FileSum&& f) mutable {
            const std::string& file = report_files[i++];
            if (f.path == report_paths.size()) return;
            ++counts[f.path];
            sums[f.path].add(file);
            sums[f.path].add(f.read ? hex16(f.bytes_hash) : std::string("\x01unreadable"));
        });
    for (std::size_t i = 0; i < report_paths.size(); ++i)
        record.reports.push_back({report_paths[i], counts[i], sums[i].hex()});
    record.findings.reserve(result.findings.size());
    for (const Finding& f : result.findings)
        record.findings.push_back(
            {output::fingerprint(f), &f, render_message(f, Lang::en), render_message(f, Lang::vi)});
    if (result.program)
        for (const reports::PlanFigures& p : result.figures)
            for (const reports::AgencyFigures& a : p.agencies)
                for (const reports::PeriodFigures& period : a.periods)
                    record.figures.push_back({p.plan, output::agency_id_at(result, a.agency),
                                              period.period.text(), period.figures});
    return record;
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace oblige::history
