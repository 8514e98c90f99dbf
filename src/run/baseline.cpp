#include "run/baseline.hpp"

#include "base/catalogue.hpp"
#include "base/digits.hpp"
#include "base/escapes.hpp"
#include "base/hash.hpp"
#include "base/os_error.hpp"
#include "base/utf8.hpp"
#include "run/atomic_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

namespace oblige::run {

namespace {

class Fnv1a64 {
  public:
    void add(char c) { hash_ = fnv1a(hash_, static_cast<unsigned char>(c)); }
    void add(std::string_view bytes) { hash_ = fnv1a(hash_, bytes); }
    // name=value and a unit separator, so that ("ab", "c") and ("a", "bc") hash apart.
    void field(std::string_view name, std::string_view value) {
        begin_field(name);
        add(value);
        end_field();
    }
    // The same in pieces, for a value hashed as it is read rather than built first.
    void begin_field(std::string_view name) {
        add(name);
        add('=');
    }
    void end_field() { add('\x1f'); }
    std::string hex() const { return hex16(hash_); }

  private:
    std::uint64_t hash_ = fnv1a_basis;
};

// The file as fingerprints name it: backslashes as slashes, and "./" dropped from the front while more
// follows. Hashed byte by byte, so no normalised copy is made for each finding.
void add_normalised_path(Fnv1a64& h, std::string_view path) {
    const auto slash = [](char c) { return c == '\\' ? '/' : c; };
    while (path.size() > 2 && path[0] == '.' && slash(path[1]) == '/')
        path.remove_prefix(2);
    for (const char c : path)
        h.add(slash(c));
}

// `X.part` (a dot in the name) restates part of arg X for the catalogue's words in each language
// ("hint.reading", "detail.attribute"): X already counts, or is left out on purpose.
bool volatile_arg(std::string_view name) {
    return name == "as_of" || name == "hint" || name == "line" || name == "column" || name == "offset" ||
           name.find('.') != std::string_view::npos;
}

bool free_text_arg(std::string_view name) {
    return name == "detail" || name == "other";
}

// Free text with every run of digits as one `#`, hashed as it is read.
void add_without_digit_runs(Fnv1a64& h, std::string_view text) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!digit(text[i])) {
            h.add(text[i]);
            continue;
        }
        h.add('#');
        while (i + 1 < text.size() && digit(text[i + 1]))
            ++i;
    }
}

// The args a fingerprint counts, in English words (as json keeps them), in order of name; args of the
// same name keep their order.
std::vector<std::pair<std::string, std::string>> fingerprint_args(const MessageArgs& args) {
    std::vector<std::pair<std::string, std::string>> kept;
    for_each_arg_in_words(args, [&](std::string_view name, std::string_view words) {
        if (!volatile_arg(name)) kept.emplace_back(name, words);
    });
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return kept;
}

bool is_fingerprint(std::string_view text) {
    return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// Format 2 names files relative to the rules root and the --reports paths. Format 1 (a first line of
// "# oblige baseline: ...") named them as typed.
constexpr std::string_view header_prefix = "# oblige baseline";

bool is_header(std::string_view line) {
    const std::string_view current = "# oblige baseline 2";
    return line.starts_with(current) &&
           (line.size() == current.size() || line[current.size()] == ':' || line[current.size()] == ' ');
}

} // namespace

RunNames RunNames::files_as_written(const checks::RunResult& result) {
    RunNames names;
    if (result.program) names.subjects_ = result.program;
    return names;
}

RunNames::RunNames(const checks::RunResult& result) {
    if (result.program) subjects_ = result.program;
    if (result.program)
        for (const auto& source : result.program->sources)
            plan_files_.emplace(source->path(), source->name_under_root());
    for (std::string root : result.report_roots) {
        std::replace(root.begin(), root.end(), '\\', '/');
        if (root.empty() || root.back() != '/') root += '/';
        report_roots_.push_back(std::move(root));
    }
}

std::string_view RunNames::of(std::string_view path) const {
    if (auto it = plan_files_.find(path); it != plan_files_.end()) return it->second;
    // The innermost root that holds the path, so that the order of --reports paths does not matter.
    std::string_view best;
    bool found = false;
    for (const std::string& root : report_roots_) {
        const std::string_view bare = std::string_view(root).substr(0, root.size() - 1);
        std::string_view rest;
        if (path.size() >= root.size() && path.substr(0, root.size()) == root) {
            rest = path.substr(root.size());
        } else if (path == bare && !bare.empty()) {
            const std::size_t slash = path.rfind('/'); // a file given by itself: its name
            rest = slash == std::string_view::npos ? path : path.substr(slash + 1);
        } else {
            continue;
        }
        while (!rest.empty() && rest.front() == '/')
            rest.remove_prefix(1);
        if (!found || rest.size() < best.size()) best = rest;
        found = true;
    }
    return found ? best : path;
}

std::string RunNames::in_text(std::string_view text) const {
    std::string out(text);
    const auto replace_all = [&out](std::string_view from, std::string_view to) {
        for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
            out.replace(at, from.size(), to);
    };
    // Longest first, so that a root inside another root's path does not cut it short.
    std::vector<std::pair<std::string_view, std::string_view>> swaps;
    for (const std::string& root : report_roots_) {
        swaps.emplace_back(root, std::string_view{});
        // A root that is a file ("at fixtures/kh/a.xml:3:3" with `--reports fixtures/kh/a.xml`): its name.
        const std::string_view bare = std::string_view(root).substr(0, root.size() - 1);
        const std::size_t slash = bare.rfind('/');
        if (slash != std::string_view::npos) swaps.emplace_back(bare, bare.substr(slash + 1));
    }
    for (const auto& [path, name] : plan_files_)
        if (path != name) swaps.emplace_back(path, name);
    std::stable_sort(swaps.begin(), swaps.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [from, to] : swaps)
        if (!from.empty()) replace_all(from, to);
    return out;
}

std::string fingerprint(const Finding& finding) {
    return fingerprint(finding, RunNames{});
}

std::string fingerprint(const Finding& finding, const RunNames& names) {
    Fnv1a64 h;
    h.add("oblige/v1\x1f");
    h.field("code", finding.code);
    h.begin_field("file");
    add_normalised_path(h, names.of(finding.location.file));
    h.end_field();
    for_each_subject(finding.subjects, names.subjects(),
                     [&](std::string_view name, std::string_view words) { h.field(name, words); });
    for (const auto& [name, value] : fingerprint_args(finding.args)) {
        h.add("arg.");
        h.begin_field(name);
        if (free_text_arg(name))
            add_without_digit_runs(h, names.in_text(value));
        else
            h.add(value);
        h.end_field();
    }
    return h.hex();
}

bool parse_baseline(std::string_view text, std::string_view file_name, Baseline& out, std::string& error) {
    WordedError worded;
    const bool ok = parse_baseline(text, file_name, out, worded);
    if (!ok) error = worded.text(Lang::en);
    return ok;
}

bool parse_baseline(std::string_view text, std::string_view file_name, Baseline& out, WordedError& error) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line_number = 0;
    bool header = false;
    while (!text.empty()) {
        ++line_number;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if (!header) {
            if (is_header(line)) {
                header = true;
                continue;
            }
            error = {line.starts_with(header_prefix) ? "baseline.older-format" : "baseline.not-a-baseline",
                     {{"file", std::string(file_name)}, {"line", line_number}}};
            return false;
        }
        if (line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string_view first = line.substr(0, tab);
        if (!is_fingerprint(first)) {
            std::string shown = tsv_field(first.substr(0, 40));
            error = {"baseline.bad-entry",
                     {{"file", std::string(file_name)}, {"line", line_number}, {"found", std::move(shown)}}};
            return false;
        }
        std::string fp(first);
        std::transform(fp.begin(), fp.end(), fp.begin(),
                       [](char c) { return c >= 'A' && c <= 'F' ? c + 32 : c; });
        BaselineEntry entry;
        if (tab != std::string_view::npos) {
            const std::string_view rest = line.substr(tab + 1);
            const std::size_t second = rest.find('\t');
            entry.code = tsv_field(rest.substr(0, second));
            if (second != std::string_view::npos) entry.message = tsv_field(rest.substr(second + 1));
        }
        out.entries.emplace(std::move(fp), std::move(entry));
    }
    if (!header) {
        error = {"baseline.empty", {{"file", std::string(file_name)}}};
        return false;
    }
    return true;
}

bool read_baseline(const std::string& path, Baseline& out, std::string& error) {
    WordedError worded;
    const bool ok = read_baseline(path, out, worded);
    if (!ok) error = worded.text(Lang::en);
    return ok;
}

bool read_baseline(const std::string& path, Baseline& out, WordedError& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = {"baseline.unreadable", {{"path", path}}};
        for (auto& part : os_reason(errno))
            error.args.push_back(std::move(part));
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = {"baseline.read-failed", {{"path", path}}};
        return false;
    }
    return parse_baseline(buffer.str(), path, out, error);
}

BaselineComparison apply_baseline(std::vector<Finding>& findings, const Baseline& baseline,
                                  const RunNames& names) {
    BaselineComparison comparison;
    std::set<std::string_view> seen;
    std::vector<Finding> kept;
    kept.reserve(findings.size());
    for (Finding& f : findings) {
        const auto entry = baseline.entries.find(fingerprint(f, names));
        if (entry == baseline.entries.end()) {
            kept.push_back(std::move(f));
            continue;
        }
        seen.insert(entry->first);
        comparison.unchanged.push_back(std::move(f));
    }
    findings = std::move(kept);
    for (const auto& [fp, entry] : baseline.entries)
        if (!seen.count(fp)) comparison.absent.emplace_back(fp, entry);
    std::stable_sort(comparison.absent.begin(), comparison.absent.end(),
                     [](const auto& a, const auto& b) { return a.second.code < b.second.code; });
    return comparison;
}

std::string baseline_text(const std::vector<Finding>& findings, const RunNames& names) {
    std::map<std::pair<std::string, std::string>, std::string> lines; // (code, fingerprint) -> message
    std::set<std::string> seen;
    for (const Finding& f : findings) {
        std::string fp = fingerprint(f, names);
        if (!seen.insert(fp).second) continue;
        lines.emplace(std::make_pair(f.code, std::move(fp)), render_message(f, Lang::en));
    }
    std::string out = std::string(header_prefix) +
                      " 2: accepted findings, one a line: fingerprint<TAB>code<TAB>message.\n"
                      "# Only the fingerprint counts; `oblige check --baseline FILE` leaves these out.\n";
    for (const auto& [key, message] : lines)
        out += key.second + "\t" + tsv_field(key.first) + "\t" + tsv_field(message) + "\n";
    return out;
}

bool write_baseline(const std::string& path, const std::vector<Finding>& findings, const RunNames& names,
                    WordedError& error) {
    return write_file_atomically(path, baseline_text(findings, names), error);
}

bool write_baseline(const std::string& path, const std::vector<Finding>& findings, const RunNames& names,
                    std::string& error) {
    return write_file_atomically(path, baseline_text(findings, names), error);
}

} // namespace oblige::run
