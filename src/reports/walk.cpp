#include "reports/walk.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
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
    return make_finding("unreadable-input", Location{dir.generic_string(), 0, 0}, {},
                        {{"detail", "cannot list directory " + dir.generic_string() + ": " + ec.message()}});
}

// Iterative, so a deep tree cannot exhaust the stack; symlinked directories are skipped, so no loops.
void walk(const fs::path& root, std::vector<std::string>& out, std::vector<Finding>& findings) {
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
            if (has_xml_extension(entry.path())) out.push_back(entry.path().generic_string());
        }
        if (ec) findings.push_back(unlistable(dir, ec));
    }
}
} // namespace

ReportFiles collect_report_files(const std::vector<std::string>& paths) {
    ReportFiles result;
    std::set<std::string> seen;
    for (const std::string& given : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(given, ec);
        if (ec || !fs::exists(status)) {
            result.errors.push_back("report path '" + given + "' does not exist");
            continue;
        }
        std::vector<std::string> found;
        if (fs::is_directory(status)) {
            walk(fs::path(given), found, result.findings);
            std::sort(found.begin(), found.end());
            if (found.empty()) {
                result.errors.push_back("no *.xml report files under '" + given + "'");
                continue;
            }
        } else {
            found.push_back(given);
        }
        for (std::string& file : found)
            if (seen.insert(file).second) result.files.push_back(std::move(file));
    }
    return result;
}

} // namespace oblige::reports
