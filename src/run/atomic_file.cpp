#include "run/atomic_file.hpp"

#include "base/os_error.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace oblige::run {

namespace {

std::atomic<int> injected_write_errno{0};

std::string directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string base_name_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool write_all(int fd, std::string_view content) {
    if (const int injected = injected_write_errno.load()) {
        errno = injected;
        return false;
    }
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

mode_t mode_for_new_file() {
    // umask can only be read by setting it; the command line writes its outputs from one thread.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

namespace testing {
void fail_writes_with(int errno_value) {
    injected_write_errno.store(errno_value);
}
} // namespace testing

namespace {

// "cannot write 'PATH': REASON" (catalogue "write.failed"), REASON worded by base/os_error.
WordedError write_failure(const std::string& path, int errno_value) {
    WordedError error{"write.failed", {{"path", path}}};
    for (auto& part : os_reason(errno_value))
        error.args.push_back(std::move(part));
    return error;
}

} // namespace

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error) {
    WordedError worded;
    const bool ok = write_file_atomically(path, content, worded);
    if (!ok) error = worded.text(Lang::en);
    return ok;
}

bool write_file_atomically(const std::string& path, std::string_view content, WordedError& error) {
    if (path.empty() || path.back() == '/') {
        error = {"write.not-a-file-name", {{"path", path}}};
        return false;
    }
    // A device, pipe or socket (`--output /dev/stdout`, /dev/null, a named pipe) is written through: a
    // rename would replace the node itself with a regular file (it once turned /dev/full into one).
    struct stat target {};
    if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode) && !S_ISDIR(target.st_mode)) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        const bool ok = fd >= 0 && write_all(fd, content);
        const int saved = errno;
        if (fd >= 0 && ::close(fd) != 0 && ok) {
            error = write_failure(path, errno);
            return false;
        }
        if (!ok) error = write_failure(path, saved);
        return ok;
    }
    const std::string directory = directory_of(path);
    std::string temp_name = directory + "/." + base_name_of(path) + ".tmp-XXXXXX";
    std::vector<char> temp(temp_name.begin(), temp_name.end());
    temp.push_back('\0');
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        error = write_failure(path, errno);
        error.id = "write.cannot-create";
        error.args.emplace_back("directory", directory);
        return false;
    }
    temp_name = temp.data();

    const auto fail = [&](bool replacing) {
        const int saved = errno;
        ::unlink(temp_name.c_str());
        error = write_failure(path, saved);
        if (replacing) error.id = "write.cannot-replace";
        return false;
    };

    struct stat existing {};
    const mode_t mode =
        ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : mode_for_new_file();
    if (!write_all(fd, content) || ::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return fail(false);
    }
    if (::close(fd) != 0) return fail(false); // NFS and some quotas report a failed write only here
    if (::rename(temp_name.c_str(), path.c_str()) != 0) return fail(true);

    // Make the rename itself durable; the new content is in place already, so a failure here is not one.
    const int dir_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir_fd >= 0) {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
    return true;
}

} // namespace oblige::run
