// Reads entry files and what they import, each once, refusing imports that leave the rules root or close a
// cycle. Files are keyed by canonical path; they are shown by the path the user wrote, so output does not
// depend on where the run happens.
#include "lang/loader.hpp"

#include "base/catalogue.hpp"
#include "base/os_error.hpp"
#include "lang/import_path.hpp"

#include "lang/parser.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>

namespace oblige::lang {

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t max_file_size = 64u * 1024 * 1024;

// The file's exact bytes, or why it cannot be read.
struct ReadResult {
    bool ok = false;
    std::string text;
    MessageArgs reason; // why not, as `detail.reason` (and `detail.errno`): base/os_error.hpp
};

ReadResult read_file(const fs::path& path) {
    ReadResult r;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        r.reason = {{"detail.reason", "reason.no-such-file"}};
        return r;
    }
    if (fs::is_directory(status)) {
        r.reason = {{"detail.reason", "reason.obl-directory"}};
        return r;
    }
    const std::uintmax_t size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
    if (!ec && size > max_file_size) {
        r.reason = {{"detail.reason", "reason.obl-too-large"}};
        return r;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        r.reason = os_reason(errno);
        return r;
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        r.text.append(buffer, n);
        if (r.text.size() > max_file_size) { // a pipe or a growing file: stop reading
            std::fclose(file);
            r.reason = {{"detail.reason", "reason.obl-too-large"}};
            return r;
        }
    }
    const bool failed = std::ferror(file);
    std::fclose(file);
    if (failed) {
        r.reason = {{"detail.reason", "reason.read-failed"}};
        return r;
    }
    r.ok = true;
    return r;
}

fs::path canonical_of(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) absolute = path;
    fs::path result = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : result;
}

bool is_inside(const fs::path& path, const fs::path& root) {
    auto p = path.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++p) {
        if (r->empty()) continue; // the empty last element of a root ending in '/'
        if (p == path.end() || *p != *r) return false;
    }
    return true;
}

// The default root of an entry: its nearest enclosing folder named `rules`, else its own folder.
fs::path default_root(const fs::path& canonical_entry) {
    for (fs::path dir = canonical_entry.parent_path(); !dir.empty(); dir = dir.parent_path()) {
        if (dir.filename() == "rules") return dir;
        if (dir == dir.parent_path()) break;
    }
    return canonical_entry.parent_path();
}

// The file's path below the rules root, so that a copy of `rules/` elsewhere names its files alike; a file
// outside the root (an entry beside a --root that does not hold it) is named by its file name alone.
std::string name_under(const fs::path& root, const fs::path& canonical) {
    if (!is_inside(canonical, root)) return canonical.filename().generic_string();
    const fs::path base = root.has_filename() ? root : root.parent_path(); // `--root rules/`
    return canonical.lexically_relative(base).generic_string();
}

class Loader {
  public:
    explicit Loader(const LoadOptions& options) : options_(options) {}

    LoadedProgram run(const std::vector<std::string>& paths) {
        std::vector<fs::path> roots;
        for (const std::string& path : paths) {
            const fs::path canonical = canonical_of(path);
            std::optional<std::size_t> index = find(canonical);
            const fs::path root = options_.root ? canonical_of(*options_.root) : default_root(canonical);
            if (!index) {
                ReadResult read = read_file(canonical);
                if (!read.ok) {
                    read.reason.insert(read.reason.begin(), {"detail.path", path});
                    program_.findings.push_back(worded_finding("bad-import", Location{path, 0, 0},
                                                               "unreadable", std::move(read.reason)));
                    continue;
                }
                index = add(canonical, path, std::move(read.text), root);
            }
            if (std::find(program_.entries.begin(), program_.entries.end(), *index) ==
                program_.entries.end()) {
                program_.entries.push_back(*index);
                roots.push_back(root);
            }
        }
        for (std::size_t i = 0; i < program_.entries.size(); ++i)
            follow_imports(program_.entries[i], roots[i]);
        return std::move(program_);
    }

  private:
    std::optional<std::size_t> find(const fs::path& canonical) const {
        auto it = by_path_.find(canonical.generic_string());
        if (it == by_path_.end()) return std::nullopt;
        return it->second;
    }

    std::size_t add(const fs::path& canonical, std::string display, std::string text, const fs::path& root) {
        LoadedFile file;
        file.source = std::make_shared<const SourceFile>(std::move(display), std::move(text),
                                                         name_under(root, canonical));
        ParseResult parsed = parse(*file.source);
        file.ast = std::move(parsed.file);
        for (const auto& d : file.ast.declarations)
            file.has_plan |= d.get().type() == typeid(ast::PlanDecl);
        // An empty file (or one of blanks, comments or a lone BOM) is most likely truncated or the wrong
        // path: a lint that passes on it would hide that from a nightly job.
        if (file.ast.declarations.empty() && parsed.errors.empty()) {
            Finding nothing = make_finding(
                "syntax", file.source->locate(0), {},
                {{"detail", "the file declares nothing (no plan, agency, goal, duty or import)"}});
            nothing.variant = "declares-nothing";
            program_.findings.push_back(std::move(nothing));
        }
        for (auto& e : parsed.errors)
            program_.findings.push_back(std::move(e));
        program_.files.push_back(std::move(file));
        canonical_.push_back(canonical);
        state_.push_back(State::unvisited);
        by_path_.emplace(canonical.generic_string(), program_.files.size() - 1);
        return program_.files.size() - 1;
    }

    // `detail` in English (json, fingerprints); `variant` and `part` word it in every language.
    void bad_import(std::size_t file, const ast::Import& import, std::string detail, const char* variant,
                    std::pair<std::string, std::string> part) {
        const SourceFile& source = *program_.files[file].source;
        Finding f = make_finding("bad-import", source.locate(import.offset), {},
                                 {{"detail", std::move(detail)}, std::move(part)});
        f.variant = variant;
        program_.findings.push_back(std::move(f));
    }

    // Depth first, with an explicit stack: a long chain of imports must not exhaust the call stack.
    void follow_imports(std::size_t entry, const fs::path& root) {
        if (state_[entry] != State::unvisited) return;
        struct Frame {
            std::size_t file;
            std::size_t next = 0; // the next declaration to look at
        };
        std::vector<Frame> stack{{entry}};
        state_[entry] = State::open;
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const auto& declarations = program_.files[frame.file].ast.declarations;
            if (frame.next == declarations.size()) {
                state_[frame.file] = State::done;
                stack.pop_back();
                continue;
            }
            const auto* written = boost::get<ast::Import>(&declarations[frame.next++].get());
            if (!written) continue;
            const ast::Import import = *written; // resolve() may add files, moving the one it is in
            const std::size_t from = frame.file;
            const std::optional<std::size_t> target = resolve(from, import, root);
            if (!target) continue;
            if (state_[*target] == State::open) {
                const std::string cycle = cycle_text(stack, *target);
                bad_import(from, import, "import cycle: " + cycle, "cycle", {"detail.cycle", cycle});
                continue;
            }
            program_.files[from].imports.push_back(*target);
            if (state_[*target] == State::unvisited) {
                state_[*target] = State::open;
                stack.push_back(Frame{*target}); // `frame` is not used after this
            }
        }
    }

    // The file an import names, loaded if new; nullopt (and a finding) when it cannot be.
    std::optional<std::size_t> resolve(std::size_t from, const ast::Import& import, const fs::path& root) {
        const std::string& written = import.path.value;
        const fs::path canonical = canonical_of(canonical_[from].parent_path() / written);
        if (!is_inside(canonical, root)) {
            bad_import(from, import,
                       "import \"" + written + "\" leaves the rules root; imports must stay inside it",
                       "leaves-root", {"detail.path", written});
            return std::nullopt;
        }
        if (auto existing = find(canonical)) return existing;
        ReadResult read = read_file(canonical);
        if (!read.ok) {
            read.reason.insert(read.reason.begin(), {"detail.path", written});
            program_.findings.push_back(worded_finding("bad-import",
                                                       program_.files[from].source->locate(import.offset),
                                                       "unreadable-import", std::move(read.reason)));
            return std::nullopt;
        }
        return add(canonical, imported_path(program_.files[from].source->path(), written),
                   std::move(read.text), root);
    }

    template <typename Stack>
    std::string cycle_text(const Stack& stack, std::size_t target) const {
        std::string text;
        bool in_cycle = false;
        for (const auto& frame : stack) {
            in_cycle |= frame.file == target;
            if (in_cycle) text += program_.files[frame.file].source->path() + " -> ";
        }
        return text + program_.files[target].source->path();
    }

    enum class State { unvisited, open, done };

    const LoadOptions& options_;
    LoadedProgram program_;
    std::vector<fs::path> canonical_; // per file
    std::vector<State> state_;        // per file, for cycle detection
    std::map<std::string, std::size_t> by_path_;
};

} // namespace

LoadedProgram load(const std::vector<std::string>& paths, const LoadOptions& options) {
    return Loader(options).run(paths);
}

bool entry_unreadable(const LoadedProgram& program) {
    // Findings about a whole entry carry no line; every finding about an import points into its file.
    for (const Finding& f : program.findings)
        if (f.code == "bad-import" && !f.location.known()) return true;
    return false;
}

} // namespace oblige::lang
