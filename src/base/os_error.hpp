// Why the operating system refused to read or list a path, as parts of a catalogue message: so that
// --lang vi says "không có tệp hoặc thư mục này" where the C library only says "No such file or directory".
#pragma once

#include "base/finding.hpp"

namespace oblige {

// `detail.reason` and `detail.errno` for `errno_value`. The reason is a catalogue id ("reason.enoent")
// for the values reading a report or a plan, or writing an output, can meet; for any other, the C
// library's English text, which English output says as it is and every other language replaces with
// "reason.unknown" and the number (catalogue.cpp, translated_arg).
MessageArgs os_reason(int errno_value);

// The errno values os_reason words through the catalogue, for the tests.
const std::vector<int>& worded_errno_values();

} // namespace oblige
