// A checksum of one report file's bytes, worked out by the report engine while it holds them (the file is
// read once): a fact about what the run read, which the run history keeps so that an inspector can tell
// whether the files behind two runs were the same. 64 bits, not cryptographic: it tells changed files
// apart, it does not prove that nobody changed one on purpose.
#pragma once

#include "base/hash.hpp"

#include <cstdint>
#include <string_view>

namespace oblige::reports {

struct FileChecksum {
    bool read = false;       // false: the file could not be read (unreadable-input); `bytes` is then 0
    std::uint64_t bytes = 0; // of the file's bytes as read

    friend bool operator==(const FileChecksum&, const FileChecksum&) = default;
};

// The names' hash (base/hash.hpp) already reads eight bytes a step; a report file is a few hundred
// bytes, so this costs about what copying it once does.
inline FileChecksum checksum_of_bytes(std::string_view bytes) {
    return FileChecksum{true, NameHash{}(bytes)};
}

} // namespace oblige::reports
