#include "output/baseline.hpp"

#include "base/catalogue.hpp"
#include "output/atomic_file.hpp"
#include "output/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

namespace oblige::output {

namespace {

class Fnv1a64 {
  public:
    void add(char c) { hash_ = step(hash_, c); }
    void add(std::string_view bytes) {
        // Four bytes a round: the same hash in fewer loop steps (every finding hashes a few hundred bytes).
        std::uint64_t h = hash_;
        const char* p = bytes.data();
        std::size_t n = bytes.size();
        for (; n >= 4; p += 4, n -= 4)
            h = step(step(step(step(h, p[0]), p[1]), p[2]), p[3]);
        for (; n > 0; ++p, --n)
            h = step(h, *p);
        hash_ = h;
    }
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
    std::string hex() const {
        static const char digits[] = "0123456789abcdef";
        std::string out(16, '0');
        for (int i = 15; i >= 0; --i)
            out[static_cast<std::size_t>(i)] = digits[(hash_ >> ((15 - i) * 4)) & 0xF];
        return out;
    }

  private:
    static std::uint64_t step(std::uint64_t h, char c) {
        return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }

    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
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

// The args a fingerprint counts, in order of name; args of the same name keep their order (a stable sort).
// Sorted as pointers in place on the stack: a finding has a handful of args, and copying them (strings and
// all) cost more than the rest of the fingerprint.
class ArgsByName {
  public:
    using Arg = MessageArgs::value_type;
    explicit ArgsByName(const MessageArgs& args) {
        Arg const** order =
            args.size() <= std::size(small_) ? small_ : (large_.resize(args.size()), large_.data());
        for (const Arg& arg : args)
            if (!volatile_arg(arg.first)) order[size_++] = &arg;
        begin_ = order;
        // Insertion sort: stable, allocation-free and fastest for the few args a finding has.
        for (std::size_t i = 1; i < size_; ++i) {
            const Arg* arg = order[i];
            std::size_t j = i;
            for (; j > 0 && arg->first < order[j - 1]->first; --j)
                order[j] = order[j - 1];
            order[j] = arg;
        }
    }
    ArgsByName(const ArgsByName&) = delete; // begin_ may point into small_
    ArgsByName& operator=(const ArgsByName&) = delete;

    const Arg* const* begin() const { return begin_; }
    const Arg* const* end() const { return begin_ + size_; }

  private:
    const Arg* small_[16];
    std::vector<const Arg*> large_;
    const Arg** begin_ = nullptr;
    std::size_t size_ = 0;
};

bool is_fingerprint(std::string_view text) {
    return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// One line of the baseline's comment columns: no tabs or line ends inside, valid UTF-8.
std::string one_line(std::string_view text) {
    std::string out = valid_utf8(text);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}

} // namespace

std::string fingerprint(const Finding& finding) {
    Fnv1a64 h;
    h.add("oblige/v1\x1f");
    h.field("code", finding.code);
    h.begin_field("file");
    add_normalised_path(h, finding.location.file);
    h.end_field();
    const Subjects& s = finding.subjects;
    h.field("plan", s.plan);
    h.field("agency", s.agency);
    h.field("recipient", s.recipient);
    h.field("indicator", s.indicator);
    h.field("duty", s.duty);
    h.field("period", s.period);
    for (const ArgsByName::Arg* arg : ArgsByName(finding.args)) {
        const auto& [name, value] = *arg;
        h.add("arg.");
        h.begin_field(name);
        if (free_text_arg(name))
            add_without_digit_runs(h, value);
        else
            h.add(value);
        h.end_field();
    }
    return h.hex();
}

bool parse_baseline(std::string_view text, std::string_view file_name, Baseline& out, std::string& error) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const std::string_view first = line.substr(0, line.find('\t'));
        if (!is_fingerprint(first)) {
            std::string shown = one_line(first.substr(0, 40));
            error =
                std::string(file_name) + ":" + std::to_string(line_number) +
                ": not a baseline entry: expected 16 hexadecimal digits, a tab, the code and the message, "
                "found '" +
                shown + "'";
            return false;
        }
        std::string fp(first);
        std::transform(fp.begin(), fp.end(), fp.begin(),
                       [](char c) { return c >= 'A' && c <= 'F' ? c + 32 : c; });
        out.fingerprints.insert(std::move(fp));
    }
    return true;
}

bool read_baseline(const std::string& path, Baseline& out, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read baseline '" + path + "': " + std::strerror(errno);
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = "cannot read baseline '" + path + "'";
        return false;
    }
    return parse_baseline(buffer.str(), path, out, error);
}

std::size_t apply_baseline(std::vector<Finding>& findings, const Baseline& baseline) {
    const std::size_t before = findings.size();
    std::erase_if(findings,
                  [&](const Finding& f) { return baseline.fingerprints.count(fingerprint(f)) != 0; });
    return before - findings.size();
}

std::string baseline_text(const std::vector<Finding>& findings) {
    std::map<std::pair<std::string, std::string>, std::string> lines; // (code, fingerprint) -> message
    std::set<std::string> seen;
    for (const Finding& f : findings) {
        std::string fp = fingerprint(f);
        if (!seen.insert(fp).second) continue;
        lines.emplace(std::make_pair(f.code, std::move(fp)), render_message(f, Lang::en));
    }
    std::string out = "# oblige baseline: accepted findings, one a line: fingerprint<TAB>code<TAB>message.\n"
                      "# Only the fingerprint counts; `oblige check --baseline FILE` leaves these out.\n";
    for (const auto& [key, message] : lines)
        out += key.second + "\t" + one_line(key.first) + "\t" + one_line(message) + "\n";
    return out;
}

bool write_baseline(const std::string& path, const std::vector<Finding>& findings, std::string& error) {
    return write_file_atomically(path, baseline_text(findings), error);
}

} // namespace oblige::output
