// Writing an output file so that readers see the old content or the new, never a torn one.
#pragma once

#include "base/worded_error.hpp"

#include <string>
#include <string_view>

namespace oblige::run {

// Writes `content` to a temporary file beside `path` (same directory, so the rename cannot cross file
// systems), fsyncs it, gives it the old file's permissions (or 0666 less the umask) and renames it over
// `path`. On any failure the temporary file is removed, an existing `path` is left as it was, and
// `error` says what failed in one line ("cannot write 'out.json': No space left on device"), in any
// language; the overload with a string says it in English.
// A symbolic link at `path` is replaced, not written through. A device, pipe or socket at `path` (or a
// link to one: /dev/stdout) is written to directly, since it cannot be replaced without destroying it.
bool write_file_atomically(const std::string& path, std::string_view content, WordedError& error);
bool write_file_atomically(const std::string& path, std::string_view content, std::string& error);

namespace testing {
// Makes the next writes of write_file_atomically fail with `errno_value` (e.g. ENOSPC) after the
// temporary file exists, to test the clean-up; 0 turns it off. For tests only.
void fail_writes_with(int errno_value);
} // namespace testing

} // namespace oblige::run
