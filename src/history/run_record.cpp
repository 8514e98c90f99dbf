#include "history/run_record.hpp"

#include "base/digits.hpp"
#include "base/hash.hpp"
#include "base/version.hpp"
#include "history/database.hpp"
#include "output/formats.hpp"
#include "run/baseline.hpp"

#include <algorithm>
#include <ctime>
#include <string_view>
#include <unordered_map>

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

bool under(std::string_view file, std::string_view path) {
    if (file == path) return true;
    if (!file.starts_with(path)) return false;
    return path.ends_with('/') || file[path.size()] == '/';
}

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
    // Its checksum was taken by the report engine while it read the file: the files are not read again.
    if (result.report_checksums.size() != report_files.size())
        throw HistoryError(Failure::other, "the run's report checksums (" +
                                               std::to_string(result.report_checksums.size()) +
                                               ") do not match its report files (" +
                                               std::to_string(report_files.size()) + ")");
    std::vector<Checksum> sums(report_paths.size());
    std::vector<int> counts(report_paths.size(), 0);
    // The files come path by path: most are under the path the last one was under, and when no earlier
    // path is nested with that one, that path is the first to hold it. Otherwise the paths that may hold
    // a file are looked up by its prefixes up to each '/' (with and without it), not compared with every
    // path given (a job may name each of 200,000 files on its own).
    std::unordered_map<std::string_view, std::size_t> path_index;
    // Checked pair by pair for a few paths; beyond that every file is looked up.
    const bool few = report_paths.size() <= 64;
    std::vector<bool> alone(report_paths.size(), few); // no earlier path holds it or lies inside it
    for (std::size_t i = 0; i < report_paths.size(); ++i) {
        path_index.emplace(report_paths[i], i); // the first of equal spellings
        for (std::size_t j = 0; j < i && alone[i]; ++j)
            alone[i] = !under(report_paths[i], report_paths[j]) && !under(report_paths[j], report_paths[i]);
    }
    std::size_t last = 0;
    for (std::size_t i = 0; i < report_files.size(); ++i) {
        const std::string_view file = report_files[i];
        std::size_t path = report_paths.size();
        if (last < report_paths.size() && alone[last] && under(file, report_paths[last])) {
            path = last;
        } else {
            const auto consider = [&](std::string_view prefix) {
                if (const auto it = path_index.find(prefix); it != path_index.end())
                    path = std::min(path, it->second);
            };
            consider(file);
            for (std::size_t slash = file.find('/'); slash != std::string_view::npos;
                 slash = file.find('/', slash + 1)) {
                consider(file.substr(0, slash));
                consider(file.substr(0, slash + 1));
            }
        }
        if (path == report_paths.size()) continue; // under none of them
        last = path;
        const reports::FileChecksum& checksum = result.report_checksums[i];
        ++counts[path];
        sums[path].add(file);
        sums[path].add(checksum.read ? hex16(checksum.bytes) : std::string("\x01unreadable"));
    }
    for (std::size_t i = 0; i < report_paths.size(); ++i)
        record.reports.push_back({report_paths[i], counts[i], sums[i].hex()});
    record.findings.reserve(result.findings.size());
    const run::RunNames names = run::RunNames::files_as_written(result);
    for (const Finding& f : result.findings)
        record.findings.push_back({run::fingerprint(f, names), &f,
                                   subject_words(f.subjects, names.subjects()), render_message(f, Lang::en),
                                   render_message(f, Lang::vi)});
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
