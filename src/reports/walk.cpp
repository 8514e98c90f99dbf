#include "reports/walk.hpp"

#include "base/catalogue.hpp"
#include "base/os_error.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>

namespace oblige::reports {

namespace fs = std::filesystem;

namespace {
bool has_xml_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".xml";
}

Finding unlistable(const fs::path& dir, const std::error_code& ec) {
    MessageArgs parts{{"detail.path", dir.generic_string()}};
    for (auto& part : os_reason(ec.value())) // the generic category's values are errno's
        parts.push_back(std::move(part));
    return worded_finding("unreadable-input", Location{dir.generic_string(), 0, 0}, "unlistable",
                          std::move(parts));
}

struct Found {
    std::string path;
    bool link = false; // a symbolic link to a file: its canonical path is the target's
    auto operator<=>(const Found&) const = default;
};

// The path with every link resolved, or (for a path that vanished meanwhile) made absolute and normal.
fs::path canonical_or_normal(const fs::path& path) {
    std::error_code ec;
    fs::path canonical = fs::canonical(path, ec);
    if (!ec) return canonical;
    return fs::absolute(path, ec).lexically_normal();
}

// `path`, which the walk built as `prefix` followed by names, without `prefix` and its slash.
std::string_view below(std::string_view prefix, std::string_view path) {
    path.remove_prefix(std::min(prefix.size(), path.size()));
    while (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    return path;
}

// Iterative, so a deep tree cannot exhaust the stack; symlinked directories are skipped, so no loops.
void walk(const fs::path& root, std::vector<Found>& out, std::vector<Finding>& findings) {
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
        const fs::path dir = pending.back();
        pending.pop_back();
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::none, ec);
        if (ec) {
            findings.push_back(unlistable(dir, ec));
            continue;
        }
        for (const fs::directory_iterator end; it != end; it.increment(ec)) {
            const fs::directory_entry& entry = *it;
            std::error_code kind_ec;
            const bool link = entry.is_symlink(kind_ec);
            if (entry.is_directory(kind_ec)) {
                if (!link) pending.push_back(entry.path());
                continue;
            }
            if (has_xml_extension(entry.path())) out.push_back({entry.path().generic_string(), link});
        }
        if (ec) findings.push_back(unlistable(dir, ec));
    }
}
} // namespace

ReportFiles collect_report_files(const std::vector<std::string>& paths) {
    ReportFiles result;
    std::set<std::string> seen; // canonical paths of the files taken
    for (const std::string& given : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(given, ec);
        if (ec || !fs::exists(status)) {
            result.errors.push_back(
                worded_finding("unreadable-input", Location{}, "no-path", {{"detail.path", given}}));
            continue;
        }
        std::vector<Found> found;
        if (fs::is_directory(status)) {
            walk(fs::path(given), found, result.findings);
            std::sort(found.begin(), found.end());
            if (found.empty()) {
                result.errors.push_back(
                    worded_finding("unreadable-input", Location{}, "no-reports", {{"detail.path", given}}));
                continue;
            }
        } else {
            found.push_back({given, true});
        }
        // Links inside a walk are never followed to folders, so a file met there is the canonical folder
        // plus its path below it: one canonical() per folder given, not one per file of a national tree.
        const std::string root = canonical_or_normal(given).generic_string();
        const std::string prefix = fs::path(given).generic_string();
        for (Found& file : found) {
            std::string identity = file.link ? canonical_or_normal(file.path).generic_string()
                                             : root + "/" + std::string(below(prefix, file.path));
            if (seen.insert(std::move(identity)).second) result.files.push_back(std::move(file.path));
        }
    }
    return result;
}

} // namespace oblige::reports
