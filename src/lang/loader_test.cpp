#include "lang/loader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace oblige;
namespace fs = std::filesystem;

namespace {

// A fresh folder, made the working directory for the test's life, so entries can be given relatively.
class TempTree {
  public:
    TempTree() : previous_(fs::current_path()) {
        std::random_device random;
        dir_ = fs::temp_directory_path() /
               ("oblige-lang-" + std::to_string(random()) + std::to_string(random()));
        fs::create_directories(dir_);
        fs::current_path(dir_);
    }
    ~TempTree() {
        std::error_code ec;
        fs::current_path(previous_, ec);
        fs::remove_all(dir_, ec);
    }
    void write(const std::string& path, const std::string& text) const {
        fs::create_directories((dir_ / path).parent_path());
        std::ofstream(dir_ / path, std::ios::binary) << text;
    }
    const fs::path& dir() const { return dir_; }

  private:
    fs::path previous_, dir_;
};

std::vector<std::string> findings_of(const lang::LoadedProgram& p) {
    std::vector<std::string> out;
    for (const auto& f : p.findings)
        out.push_back(f.code + " " + f.location.text() + ": " + f.arg("detail"));
    return out;
}

std::vector<std::string> paths_of(const lang::LoadedProgram& p) {
    std::vector<std::string> out;
    for (const auto& f : p.files)
        out.push_back(f.source->path());
    return out;
}

} // namespace

TEST_CASE("imports are relative to the importing file and each file is parsed once", "[lang][loader]") {
    TempTree tree;
    tree.write("rules/plan.obl",
               "import \"lib/agencies.obl\"\nimport \"lib/goals.obl\"\nplan \"P\" { period 2021 to 2025 }\n");
    tree.write("rules/lib/agencies.obl", "agency A \"a\"\n");
    tree.write("rules/lib/goals.obl",
               "import \"agencies.obl\"\nimport \"./../lib/agencies.obl\"\ngoal G \"g\" { }\n");
    const auto p = lang::load({"rules/plan.obl"});
    CHECK(findings_of(p).empty());
    CHECK(paths_of(p) ==
          std::vector<std::string>{"rules/plan.obl", "rules/lib/agencies.obl", "rules/lib/goals.obl"});
    CHECK(p.entries == std::vector<std::size_t>{0});
    REQUIRE(p.files.size() == 3);
    CHECK(p.files[0].has_plan);
    CHECK_FALSE(p.files[1].has_plan);
    CHECK(p.files[0].imports == std::vector<std::size_t>{1, 2});
    CHECK(p.files[2].imports == std::vector<std::size_t>{1, 1});
    CHECK(p.files[1].ast.declarations.size() == 1);
    CHECK_FALSE(lang::entry_unreadable(p));

    // The same file given twice, and again as an import: one copy.
    const auto twice = lang::load({"rules/lib/agencies.obl", "rules/plan.obl", "rules/lib/agencies.obl"});
    CHECK(paths_of(twice) ==
          std::vector<std::string>{"rules/lib/agencies.obl", "rules/plan.obl", "rules/lib/goals.obl"});
    CHECK(twice.entries == std::vector<std::size_t>{0, 1});
}

TEST_CASE("an import cycle is reported on the import that closes it", "[lang][loader]") {
    TempTree tree;
    tree.write("rules/a.obl", "import \"b.obl\"\nplan \"P\" { }\n");
    tree.write("rules/b.obl", "agency X \"x\"\n  import \"a.obl\"\n");
    const auto p = lang::load({"rules/a.obl"});
    CHECK(findings_of(p) ==
          std::vector<std::string>{
              "bad-import rules/b.obl:2:3: import cycle: rules/a.obl -> rules/b.obl -> rules/a.obl"});
    CHECK(p.files.size() == 2);
    CHECK(p.files[1].imports.empty());

    tree.write("rules/self.obl", "import \"self.obl\"\n");
    CHECK(findings_of(lang::load({"rules/self.obl"})) ==
          std::vector<std::string>{
              "bad-import rules/self.obl:1:1: import cycle: rules/self.obl -> rules/self.obl"});
}

TEST_CASE("imports may not leave the rules root, and escaping files are never read", "[lang][loader]") {
    TempTree tree;
    tree.write("secret.obl", "this is not a .obl file {");
    tree.write("rules/plans/p.obl",
               "import \"../../etc/passwd\"\nimport \"../../secret.obl\"\nimport \"/etc/passwd\"\n"
               "import \"link/secret.obl\"\nimport \"../shared.obl\"\n");
    tree.write("rules/shared.obl", "agency S \"s\"\n");
    fs::create_directory_symlink(tree.dir(), tree.dir() / "rules/plans/link");
    const auto p = lang::load({"rules/plans/p.obl"});
    const std::string leaves = "leaves the rules root; imports must stay inside it";
    CHECK(findings_of(p) == std::vector<std::string>{
                                "bad-import rules/plans/p.obl:1:1: import \"../../etc/passwd\" " + leaves,
                                "bad-import rules/plans/p.obl:2:1: import \"../../secret.obl\" " + leaves,
                                "bad-import rules/plans/p.obl:3:1: import \"/etc/passwd\" " + leaves,
                                "bad-import rules/plans/p.obl:4:1: import \"link/secret.obl\" " + leaves,
                            });
    // The folder named `rules` is the root, so a sibling folder's file is fine; the secret was never parsed.
    CHECK(paths_of(p) == std::vector<std::string>{"rules/plans/p.obl", "rules/shared.obl"});

    // Without a `rules` folder the entry's own folder is the root; an explicit root overrides both.
    tree.write("plain/q.obl", "import \"../secret.obl\"\n");
    CHECK(lang::load({"plain/q.obl"}).findings.size() == 1);
    lang::LoadOptions options;
    options.root = ".";
    const auto wide = lang::load({"plain/q.obl"}, options);
    CHECK(paths_of(wide) == std::vector<std::string>{"plain/q.obl", "secret.obl"});
    CHECK(wide.findings.size() == 1); // now read, and its syntax error reported in it
    CHECK(wide.findings[0].location.file == "secret.obl");
}

TEST_CASE("missing, unreadable and oversized files", "[lang][loader]") {
    TempTree tree;
    tree.write("rules/p.obl", "plan \"P\" { }\nimport \"nope.obl\"\nimport \"lib\"\nimport \"big.obl\"\n");
    fs::create_directories(tree.dir() / "rules/lib");
    tree.write("rules/big.obl", "");
    fs::resize_file(tree.dir() / "rules/big.obl", 65u * 1024 * 1024); // sparse: cheap to make
    const auto p = lang::load({"rules/p.obl"});
    CHECK(findings_of(p) ==
          std::vector<std::string>{
              "bad-import rules/p.obl:2:1: cannot import \"nope.obl\": no such file",
              "bad-import rules/p.obl:3:1: cannot import \"lib\": is a directory, not a .obl file",
              "bad-import rules/p.obl:4:1: cannot import \"big.obl\": is larger than 64 MiB",
          });
    CHECK_FALSE(lang::entry_unreadable(p));

    const auto missing = lang::load({"rules/p.obl", "rules/none.obl", "rules"});
    CHECK(lang::entry_unreadable(missing));
    CHECK(missing.entries == std::vector<std::size_t>{0});
    const auto f = findings_of(missing);
    CHECK(std::count(f.begin(), f.end(),
                     "bad-import rules/none.obl: cannot read 'rules/none.obl': no such file") == 1);
    CHECK(std::count(f.begin(), f.end(),
                     "bad-import rules: cannot read 'rules': is a directory, not a .obl file") == 1);
}

TEST_CASE("a file's exact bytes are parsed, syntax errors carry its display path", "[lang][loader]") {
    TempTree tree;
    tree.write("rules/p.obl", "\xEF\xBB\xBFimport \"sub/../l.obl\"\r\nplan \"P\" { }\r\n");
    tree.write("rules/l.obl", std::string("agency A \"a\"\r\nagency \0", 22));
    const auto p = lang::load({"rules/p.obl"});
    CHECK(paths_of(p) == std::vector<std::string>{"rules/p.obl", "rules/l.obl"});
    CHECK(findings_of(p) == std::vector<std::string>{"syntax rules/l.obl:2:8: NUL byte in the file"});
}

TEST_CASE("each file is named under its rules root, however the command line spelled it", "[lang][loader]") {
    TempTree tree;
    tree.write("rules/kh/plan.obl", "import \"../lib/agencies.obl\"\nplan \"P\" { period 2021 to 2025 }\n");
    tree.write("rules/lib/agencies.obl", "agency A \"a\"\n");
    tree.write("elsewhere/plan.obl", "plan \"Q\" { period 2021 to 2025 }\n");
    const auto names = [](const lang::LoadedProgram& p) {
        std::vector<std::string> out;
        for (const auto& f : p.files)
            out.push_back(f.source->name_under_root());
        return out;
    };
    const std::vector<std::string> expected{"kh/plan.obl", "lib/agencies.obl"};
    CHECK(names(lang::load({"rules/kh/plan.obl"})) == expected);
    CHECK(names(lang::load({"./rules/kh/../kh/plan.obl"})) == expected);
    CHECK(names(lang::load({(tree.dir() / "rules/kh/plan.obl").string()})) == expected);
    // No folder named `rules`: the plan's own folder is the root; --root names another.
    CHECK(names(lang::load({"elsewhere/plan.obl"})) == std::vector<std::string>{"plan.obl"});
    lang::LoadOptions options;
    options.root = "rules/";
    CHECK(names(lang::load({"rules/kh/plan.obl"}, options)) == expected);
    // An entry outside the --root it is given: its file name.
    CHECK(names(lang::load({"elsewhere/plan.obl"}, options)) == std::vector<std::string>{"plan.obl"});
}
