// The SQLite back end: a file, created on first use, in WAL mode (readers never wait for the nightly
// writer, and a killed writer leaves the file whole).
#pragma once

#include "history/database.hpp"

namespace oblige::history {

std::unique_ptr<Database> open_sqlite(const std::string& path, const OpenOptions& options);

} // namespace oblige::history
