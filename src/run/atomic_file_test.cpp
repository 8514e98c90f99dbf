#include "run/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace oblige::run;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        std::string templ = (fs::temp_directory_path() / "oblige-atomic-XXXXXX").string();
        REQUIRE(::mkdtemp(templ.data()));
        path = templ;
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
    int entries() const {
        return static_cast<int>(std::distance(fs::directory_iterator(path), fs::directory_iterator()));
    }
};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST_CASE("atomic write: creates, then replaces, leaving no temporary file", "[run]") {
    TempDir dir;
    const std::string path = dir.file("out.json");
    std::string error;
    REQUIRE(write_file_atomically(path, "first\n", error));
    CHECK(read(path) == "first\n");
    REQUIRE(write_file_atomically(path, std::string(100000, 'x'), error));
    CHECK(read(path) == std::string(100000, 'x'));
    REQUIRE(write_file_atomically(path, "", error));
    CHECK(read(path).empty());
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic write: a new file gets 0666 less the umask, a replaced one keeps its mode", "[run]") {
    TempDir dir;
    const std::string path = dir.file("report.csv");
    std::string error;
    const mode_t old_mask = ::umask(022);
    REQUIRE(write_file_atomically(path, "a", error));
    ::umask(old_mask);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
    REQUIRE(write_file_atomically(path, "b", error));
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
}

TEST_CASE("atomic write: a parent that is a regular file is a clear error", "[run]") {
    TempDir dir;
    const std::string parent = dir.file("plain");
    std::string error;
    REQUIRE(write_file_atomically(parent, "I am a file", error));
    CHECK_FALSE(write_file_atomically(parent + "/out.json", "x", error));
    CHECK(error == "cannot write '" + parent + "/out.json': cannot create a file in '" + parent +
                       "': Not a directory");
    CHECK(read(parent) == "I am a file");
}

TEST_CASE("atomic write: a directory at the target is left alone", "[run]") {
    TempDir dir;
    fs::create_directory(dir.path / "taken");
    std::string error;
    CHECK_FALSE(write_file_atomically(dir.file("taken"), "x", error));
    CHECK(error.find("cannot write '" + dir.file("taken") + "': cannot replace it: ") == 0);
    CHECK(fs::is_directory(dir.path / "taken"));
    CHECK(dir.entries() == 1); // the temporary file is gone
}

TEST_CASE("atomic write: an unwritable directory fails and keeps the old file", "[run]") {
    TempDir dir;
    const std::string path = dir.file("out.txt");
    std::string error;
    REQUIRE(write_file_atomically(path, "old", error));
    REQUIRE(::chmod(dir.path.c_str(), 0500) == 0);
    const bool ok = write_file_atomically(path, "new", error);
    ::chmod(dir.path.c_str(), 0700);
    if (::geteuid() == 0) {
        WARN("running as root: directory permissions do not stop writes, the unwritable case is not tested");
        return;
    }
    CHECK_FALSE(ok);
    CHECK(error.find("Permission denied") != std::string::npos);
    CHECK(read(path) == "old");
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic write: a full disk fails cleanly, old content intact, no temporary file left", "[run]") {
    TempDir dir;
    const std::string path = dir.file("out.sarif");
    std::string error;
    REQUIRE(write_file_atomically(path, "old content", error));
    testing::fail_writes_with(ENOSPC);
    const bool ok = write_file_atomically(path, "new content", error);
    testing::fail_writes_with(0);
    CHECK_FALSE(ok);
    CHECK(error == "cannot write '" + path + "': No space left on device");
    CHECK(read(path) == "old content");
    CHECK(dir.entries() == 1);
    // And a file that did not exist is not created.
    testing::fail_writes_with(ENOSPC);
    CHECK_FALSE(write_file_atomically(dir.file("new.txt"), "x", error));
    testing::fail_writes_with(0);
    CHECK_FALSE(fs::exists(dir.path / "new.txt"));
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic write: an empty path or a directory name is refused", "[run]") {
    std::string error;
    CHECK_FALSE(write_file_atomically("", "x", error));
    CHECK(error == "cannot write '': not a file name");
    CHECK_FALSE(write_file_atomically("/tmp/", "x", error));
}
