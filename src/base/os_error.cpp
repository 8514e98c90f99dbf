#include "base/os_error.hpp"

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

namespace oblige {

namespace {
// What open(), fstat(), read() and listing a directory can say about a path a user gave.
const std::vector<std::pair<int, const char*>>& worded() {
    static const std::vector<std::pair<int, const char*>> table = {
        {ENOENT, "reason.enoent"},
        {EACCES, "reason.eacces"},
        {EPERM, "reason.eperm"},
        {EISDIR, "reason.eisdir"},
        {ENOTDIR, "reason.enotdir"},
        {ELOOP, "reason.eloop"},
        {ENAMETOOLONG, "reason.enametoolong"},
        {EMFILE, "reason.emfile"},
        {ENFILE, "reason.enfile"},
        {EIO, "reason.eio"},
        {ENOMEM, "reason.enomem"},
        {ENXIO, "reason.enxio"},
        {ENODEV, "reason.enodev"},
        {EAGAIN, "reason.eagain"},
        {EOVERFLOW, "reason.eoverflow"},
        // And what writing an output file can meet (output/atomic_file.cpp).
        {ENOSPC, "reason.enospc"},
        {EROFS, "reason.erofs"},
        {EDQUOT, "reason.edquot"},
        {EFBIG, "reason.efbig"},
        {EBUSY, "reason.ebusy"},
        {EEXIST, "reason.eexist"},
    };
    return table;
}
} // namespace

MessageArgs os_reason(int errno_value) {
    for (const auto& [value, id] : worded())
        if (value == errno_value) return {{"detail.reason", id}, {"detail.errno", errno_value}};
    return {{"detail.reason", std::strerror(errno_value)}, {"detail.errno", errno_value}};
}

const std::vector<int>& worded_errno_values() {
    static const std::vector<int> values = [] {
        std::vector<int> out;
        for (const auto& entry : worded())
            out.push_back(entry.first);
        return out;
    }();
    return values;
}

} // namespace oblige
